package org.sortes.documents;

import static org.sortes.documents.Sheet.fact;
import static org.sortes.documents.Sheet.facts;
import static org.sortes.documents.Sheet.fixed;
import static org.sortes.documents.Sheet.shown;
import static org.sortes.documents.Sheet.signature;
import static org.sortes.documents.Sheet.signatures;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The sealed slip (密钥封存单) of a committed session: the page the officer prints right after the
 * commitment and the notary seals in an envelope until the reveal (decision 0005). It holds the secret,
 * so it is only ever printed: never saved, previewed or shown.
 */
public final class SecretSlipPdf {
    /** What the slip says. */
    public record Slip(long sessionId, String sessionName, String sessionDate, String officer, boolean rehearsal,
                       String commitment, String committedAt, String secret, String printedAt) {
    }

    private final OfficialPdf frame;

    public SecretSlipPdf(OfficialPdf frame) {
        this.frame = frame;
    }

    public void write(Slip s, OutputStream out) throws IOException {
        frame.checkPrintable(s);
        OfficialPdf.Info info = new OfficialPdf.Info("抽签密钥封存单 场次 #" + s.sessionId() + " " + s.sessionName(),
                s.officer(), "commitment " + s.commitment(),
                (s.rehearsal() ? "演练 · " : "") + "场次 #" + s.sessionId() + " · 密钥封存单 · 揭示前不得拆封",
                s.printedAt(), s.rehearsal());
        frame.write(out, info, java.util.List.of(), (doc, heading) -> {
            OfficialPdf.title(doc, heading, "抽签密钥封存单" + (s.rehearsal() ? "（演练）" : ""),
                    "场次 #" + s.sessionId() + "　" + s.sessionName());
            Table t = facts();
            fact(t, "抽签日期", s.sessionDate());
            fact(t, "抽签人员", s.officer());
            fixed(t, "承诺值", OfficialPdf.grouped(s.commitment()));
            fact(t, "承诺时间", shown(s.committedAt()));
            doc.add(t);

            OfficialPdf.section(doc, heading, "密钥（揭示前不得公开）");
            Table secret = facts();
            fixed(secret, "密钥", OfficialPdf.grouped(s.secret()));
            doc.add(secret);
            doc.add(new Paragraph("本单由抽签人员在生成承诺后当场打印，交公证员装入信封密封，并在封口处签名；"
                    + "揭示之前不得拆封，也不得向任何人透露密钥。揭示时由公证员当众拆封，在程序中录入上列密钥："
                    + "程序由密钥和名单摘要重新计算承诺值，与公告及大屏上的承诺值一致方可继续抽取。"
                    + "密钥另存于抽签人员选择的文件（如 U 盘）中，两者内容相同。").setMarginTop(8)
                    .setMultipliedLeading(1.4f));

            OfficialPdf.section(doc, heading, "封存");
            Table sign = signatures();
            signature(sign, "抽签人员：" + s.officer());
            signature(sign, "公证员（封存）：");
            signature(sign, "封存时间：");
            doc.add(sign);
            doc.add(new Paragraph("本单打印于 " + shown(s.printedAt()) + "，程序不保存其文件。").setFontSize(Sheet.SMALL)
                    .setMarginTop(10));
        });
    }
}
