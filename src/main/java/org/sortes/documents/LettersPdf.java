package org.sortes.documents;

import static org.sortes.documents.Sheet.fact;
import static org.sortes.documents.Sheet.facts;
import static org.sortes.documents.Sheet.signature;
import static org.sortes.documents.Sheet.signatures;

import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Writes the notification letters (PDF/A-3b, Chinese), one page per staffed target. */
public final class LettersPdf {
    private final OfficialPdf frame;

    public LettersPdf(OfficialPdf frame) {
        this.frame = frame;
    }

    public void write(Letters l, OutputStream out, IntConsumer progress, BooleanSupplier cancelled) throws IOException {
        OfficialPdf.Info info = new OfficialPdf.Info("随机抽查检查通知书 场次 #" + l.sessionId() + " " + l.sessionName(),
                String.join("、", l.departments()), "proof sha256 " + l.proofSha256(),
                (l.rehearsal() ? "演练 · " : "") + "场次 #" + l.sessionId() + " · 证明文件 SHA-256 " + l.proofSha256(),
                l.generatedAt(), l.rehearsal());
        frame.write(out, info, java.util.List.of(), (doc, heading) -> {
            int written = 0;
            for (Letters.Letter letter : l.letters()) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("letters cancelled");
                }
                if (written > 0) {
                    doc.add(new AreaBreak());
                }
                OfficialPdf.authority(doc, l.departments());
                OfficialPdf.title(doc, heading, "随机抽查检查通知书" + (l.rehearsal() ? "（演练）" : ""),
                        "场次 #" + l.sessionId() + "　第 " + letter.rank() + " 号");
                doc.add(new Paragraph(letter.subjectName() + "：").setMarginTop(8));
                doc.add(new Paragraph("根据" + String.join("、", l.legalBases()) + "等规定，本机关按照“双随机、一公开”要求，于 "
                        + l.sessionDate() + " 公开抽签（" + l.sessionName() + "，场次 #" + l.sessionId()
                        + "），贵单位被随机抽取为检查对象。检查人员将按下列事项实施检查，请予配合。")
                        .setFirstLineIndent(20).setMultipliedLeading(1.4f));
                com.itextpdf.layout.element.Table t = facts();
                fact(t, "被检查单位", letter.subjectName());
                fact(t, "统一社会信用代码（注册号）", letter.subjectId());
                fact(t, "住所", letter.address() == null ? "—" : letter.address());
                StringBuilder items = new StringBuilder();
                for (Minutes.Item i : l.items()) {
                    items.append(items.length() == 0 ? "" : "\n").append(i.code()).append("　").append(i.name())
                            .append("（").append(i.department()).append("）");
                }
                fact(t, "检查事项", items.toString());
                fact(t, "检查人员（组长在前）", String.join("\n", letter.team()));
                if (!l.contacts().isEmpty()) {
                    fact(t, "联系方式", String.join("\n", l.contacts().stream()
                            .map(c -> c.department() + "：" + c.line()).toList()));
                }
                doc.add(t.setMarginTop(6));
                doc.add(new Paragraph("检查人员应出示执法证件。抽签结果可核验：场次 #" + l.sessionId()
                        + "，证明文件 SHA-256 " + l.proofSha256() + "（与抽取记录每页页脚所印一致）。")
                        .setFontSize(Sheet.SMALL).setMarginTop(6));
                com.itextpdf.layout.element.Table sign = signatures();
                signature(sign, "（单位盖章）");
                signature(sign, "日期：");
                doc.add(sign.setMarginTop(14));
                progress.accept(++written);
            }
        });
    }
}
