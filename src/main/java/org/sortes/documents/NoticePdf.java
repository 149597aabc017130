package org.sortes.documents;

import static org.sortes.documents.Sheet.fact;
import static org.sortes.documents.Sheet.facts;
import static org.sortes.documents.Sheet.fixed;
import static org.sortes.documents.Sheet.frozenFacts;
import static org.sortes.documents.Sheet.planFacts;
import static org.sortes.documents.Sheet.shown;
import static org.sortes.documents.Sheet.signature;
import static org.sortes.documents.Sheet.signatures;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.ListNumberingType;
import java.io.IOException;
import java.io.OutputStream;
import org.sortes.draw.DrawPlan;

/**
 * Writes the notice (抽签公告) of a committed session, to publish and hand out before the draw: the
 * observers can then see that the commitment they will check at the reveal was fixed before their
 * digits were entered. It never contains the secret.
 */
public final class NoticePdf {
    private final OfficialPdf frame;

    public NoticePdf(OfficialPdf frame) {
        this.frame = frame;
    }

    public void write(Notice n, OutputStream out) throws IOException {
        frame.checkPrintable(n); // before anything is written
        OfficialPdf.Info info = new OfficialPdf.Info("随机抽查抽签公告 场次 #" + n.sessionId() + " " + n.sessionName(),
                n.officer(), "commitment " + n.commitment(),
                (n.rehearsal() ? "演练 · " : "") + "场次 #" + n.sessionId() + " · 承诺 "
                        + n.commitment().substring(0, 16) + "…", n.generatedAt(), n.rehearsal());
        frame.write(out, info, java.util.List.of(), (doc, heading) -> body(n, doc, heading));
    }

    private static void body(Notice n, Document doc, PdfFont heading) {
        DrawPlan plan = n.plan();
        OfficialPdf.authority(doc, plan.departments());
        OfficialPdf.title(doc, heading, "“双随机、一公开”随机抽查抽签公告" + (n.rehearsal() ? "（演练）" : ""),
                "场次 #" + n.sessionId() + "　" + n.sessionName());

        OfficialPdf.section(doc, heading, "一、抽签安排");
        Table t = facts();
        planFacts(t, plan, n.officer(), n.items());
        doc.add(t);

        OfficialPdf.section(doc, heading, "二、抽查范围与数量（名单已冻结）");
        Table f = facts();
        frozenFacts(f, n.subjectsVersion(), n.candidateCount(), n.exclusions(), n.inspectorsVersion(), n.poolCount());
        doc.add(f);
        doc.add(Sheet.strata(plan, n.stratumSizes(), n.sampleSizes()).setMarginTop(6));
        doc.add(new Paragraph("每层按上表的数量抽取，层内每户被抽中的概率相同（抽取数 / 候选主体数）。").setFontSize(Sheet.SMALL));
        doc.add(new Paragraph("此前中止或作废的相关场次：").setMarginTop(6));
        doc.add(Sheet.earlier(n.earlier()));

        OfficialPdf.section(doc, heading, "三、名单摘要与承诺值");
        Table c = facts();
        fixed(c, "方案摘要", OfficialPdf.grouped(n.digests().plan()));
        fixed(c, "候选名单摘要", OfficialPdf.grouped(n.digests().candidates()));
        fixed(c, "人员名单摘要", OfficialPdf.grouped(n.digests().inspectors()));
        if (n.digests().register() != null) {
            fixed(c, "主体名录摘要", OfficialPdf.grouped(n.digests().register()));
        }
        fixed(c, "承诺值", OfficialPdf.grouped(n.commitment()));
        fact(c, "承诺时间", shown(n.committedAt()));
        doc.add(c);

        OfficialPdf.section(doc, heading, "四、抽签如何进行、如何核对");
        List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(6);
        steps.add(item("承诺值由抽签人员在名单冻结后生成的 256 位随机密钥与上列各项摘要计算得出（SHA-256；算法公开，为 "
                + plan.protocol() + " 协议，随 Sortes 软件一并发布）。密钥已交公证员密封保管，抽签前不公开；本公告不含密钥。"));
        steps.add(item("抽签现场，到场的公证员、人大代表、政协委员、媒体等观察员当众掷十面骰子，报出随机数字（合计不少于 "
                + "20 位），逐一录入并投屏。"));
        steps.add(item(plan.beacon() == null ? "本方案未声明公共信标：现场不录入任何信标。"
                : "观察员录入之后，录入方案事先声明的公共信标数值（" + plan.beacon().source() + "，"
                + plan.beacon().reference() + "），该数值在观察员录入时尚未产生；不接受其他信标。"));
        steps.add(item("随后揭示密钥并当场核对：由密钥和各项摘要重算的承诺值必须与本公告一致，否则程序拒绝继续，"
                + "拒绝的揭示也记入审计日志。"));
        steps.add(item("种子由密钥、观察员数字、公共信标和各项摘要共同决定：抽签人员在看到观察员数字之前已承诺，"
                + "观察员在密钥公开之前已录入，任何一方都无法单独左右结果。"));
        steps.add(item("抽取按协议 " + plan.protocol() + " 进行；抽取后只能锁定，不能中止重抽；锁定后如须作废，须写明理由，"
                + "原结果保留在案，并在此后的公告和记录中载明。结果锁定后生成抽取记录，并附证明文件，任何人均可独立重算核对。"));
        doc.add(steps);

        OfficialPdf.section(doc, heading, "五、签字");
        Table sign = signatures();
        signature(sign, "抽签人员：" + n.officer());
        signature(sign, "公证员（密钥保管）：");
        signature(sign, "日期：");
        signature(sign, "（单位盖章）");
        doc.add(sign);
        doc.add(new Paragraph("本公告生成于 " + shown(n.generatedAt()) + "。").setFontSize(Sheet.SMALL).setMarginTop(10));
    }

    private static ListItem item(String text) {
        ListItem li = new ListItem();
        li.add(new Paragraph(text).setMultipliedLeading(1.3f));
        return li;
    }
}
