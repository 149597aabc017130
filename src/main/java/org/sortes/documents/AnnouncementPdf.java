package org.sortes.documents;

import static org.sortes.documents.Sheet.fact;
import static org.sortes.documents.Sheet.facts;
import static org.sortes.documents.Sheet.header;
import static org.sortes.documents.Sheet.row;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;

/** The draw result for publication as a PDF/A-3b page set (抽取结果公示). */
public final class AnnouncementPdf {
    private final OfficialPdf frame;

    public AnnouncementPdf(OfficialPdf frame) {
        this.frame = frame;
    }

    public void write(Announcement a, OutputStream out, String generatedAt) throws IOException {
        frame.checkPrintable(a); // before anything is written
        OfficialPdf.Info info = new OfficialPdf.Info("随机抽查抽取结果公示 场次 #" + a.sessionId() + " " + a.sessionName(),
                String.join("、", a.departments()), "proof sha256 " + a.proofSha256(),
                (a.rehearsal() ? "演练 · " : "") + "场次 #" + a.sessionId() + " · 证明文件 SHA-256 " + a.proofSha256(),
                generatedAt, a.rehearsal());
        frame.write(out, info, java.util.List.of(), (doc, heading) -> {
            OfficialPdf.authority(doc, a.departments());
            OfficialPdf.title(doc, heading, "“双随机、一公开”随机抽查抽取结果公示" + (a.rehearsal() ? "（演练）" : ""),
                    "场次 #" + a.sessionId() + "　" + a.sessionName());
            Table t = facts();
            fact(t, "抽签日期", a.sessionDate());
            fact(t, "检查实施机关", String.join("、", a.departments()));
            StringBuilder items = new StringBuilder();
            a.items().forEach(i -> items.append(items.length() == 0 ? "" : "\n").append(i.code()).append("　")
                    .append(i.name()));
            fact(t, "抽查事项", items.toString());
            fact(t, "抽取对象", a.targets().size() + " 户");
            doc.add(t);
            // the results' column appears once any result is entered
            boolean results = a.targets().stream().anyMatch(x -> x.result() != null);
            Table list = new Table(UnitValue.createPercentArray(results ? new float[] {6, 21, 25, 11, 21, 16}
                    : new float[] {7, 24, 30, 13, 26}), true).useAllAvailableWidth().setMarginTop(8);
            if (results) {
                header(list, "名次", "统一社会信用代码/注册号", "市场主体名称", "分层", "检查人员", "检查结果");
            } else {
                header(list, "名次", "统一社会信用代码/注册号", "市场主体名称", "分层", "检查人员");
            }
            doc.add(list);
            int n = 0;
            for (Announcement.Target target : a.targets()) {
                String team = target.staffed() ? String.join("\n", target.team().stream()
                        .map(m -> m.name() + "　" + m.certificateNo()).toList()) : "未配齐检查组";
                if (results) {
                    row(list, String.valueOf(target.rank()), target.subjectId(), target.subjectName(), target.stratum(),
                            team, target.result() == null ? "尚未录入" : target.result().outcomeName() + "\n"
                                    + target.result().inspectedOn());
                } else {
                    row(list, String.valueOf(target.rank()), target.subjectId(), target.subjectName(), target.stratum(),
                            team);
                }
                if (++n % 200 == 0) {
                    list.flush();
                }
            }
            list.complete();
            doc.add(new Paragraph("抽签过程和结果可核验：取得本场次抽取记录（电子版），用 Sortes 的“核验”功能打开；其所附证明文件的"
                    + " SHA-256 为 " + a.proofSha256() + "。").setFontSize(Sheet.SMALL).setMarginTop(8));
        });
    }
}
