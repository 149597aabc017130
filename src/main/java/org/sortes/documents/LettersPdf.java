package org.sortes.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Writes the notification letters (PDF/A-3b, Chinese), one page per staffed target (more when a
 * letter is too long for one). Ten thousand letters are ten thousand pages, so they are set straight
 * on the canvas ({@link TextSetter}) rather than through the layout engine, which takes about a
 * millisecond a page; they look as the other documents do (same frame, fonts, sizes and tables).
 */
public final class LettersPdf {
    private static final float WIDTH = PageCursor.WIDTH;
    private static final float LABEL_WIDTH = WIDTH * 0.24f;

    private final OfficialPdf frame;

    public LettersPdf(OfficialPdf frame) {
        this.frame = frame;
    }

    public void write(Letters l, OutputStream out, IntConsumer progress, BooleanSupplier cancelled) throws IOException {
        frame.checkPrintable(l); // before anything is written
        OfficialPdf.Info info = new OfficialPdf.Info("随机抽查检查通知书 场次 #" + l.sessionId() + " " + l.sessionName(),
                String.join("、", l.departments()), "proof sha256 " + l.proofSha256(),
                (l.rehearsal() ? "演练 · " : "") + "场次 #" + l.sessionId() + " · 证明文件 SHA-256 " + l.proofSha256(),
                l.generatedAt(), l.rehearsal());
        // what every letter says the same way
        String authority = String.join("　", l.departments());
        String title = "随机抽查检查通知书" + (l.rehearsal() ? "（演练）" : "");
        String body = "根据" + String.join("、", l.legalBases()) + "等规定，本机关按照“双随机、一公开”要求，于 "
                + l.sessionDate() + " 公开抽签（" + l.sessionName() + "，场次 #" + l.sessionId()
                + "），贵单位被随机抽取为检查对象。检查人员将按下列事项实施检查，请予配合。";
        StringBuilder items = new StringBuilder();
        for (Minutes.Item i : l.items()) {
            items.append(items.length() == 0 ? "" : "\n").append(i.code()).append("　").append(i.name())
                    .append("（").append(i.department()).append("）");
        }
        String contacts = String.join("\n", l.contacts().stream().map(c -> c.department() + "：" + c.line()).toList());
        String check = "检查人员应出示执法证件。抽签结果可核验：场次 #" + l.sessionId() + "，证明文件 SHA-256 "
                + l.proofSha256() + "（与抽取记录每页页脚所印一致）。";
        frame.writePages(out, info, List.of(), (pdf, font, heading, text) -> {
            PageCursor page = new PageCursor(pdf, text, font);
            List<String> bodyLines = text.lines(body, font, Sheet.BODY, WIDTH, 20);
            List<String> checkLines = text.lines(check, font, Sheet.SMALL, WIDTH, 0);
            int written = 0;
            for (Letters.Letter letter : l.letters()) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("letters cancelled");
                }
                page.newPage();
                page.gap(4);
                page.centered(authority, font, 12, 2);
                page.centered(title, heading, 17, 2);
                page.centered("场次 #" + l.sessionId() + "　第 " + letter.rank() + " 号", font, 11, 10);
                page.gap(8);
                page.lines(text.lines(letter.subjectName() + "：", font, Sheet.BODY, WIDTH, 0), Sheet.BODY,
                        PageCursor.DEFAULT_LEADING, 0);
                page.lines(bodyLines, Sheet.BODY, 1.4f, 20);
                page.gap(6);
                List<String[]> facts = new ArrayList<>();
                facts.add(new String[] {"被检查单位", letter.subjectName()});
                facts.add(new String[] {"统一社会信用代码（注册号）", letter.subjectId()});
                facts.add(new String[] {"住所", letter.address() == null ? "—" : letter.address()});
                facts.add(new String[] {"检查事项", items.toString()});
                facts.add(new String[] {"检查人员（组长在前）", String.join("\n", letter.team())});
                if (!contacts.isEmpty()) {
                    facts.add(new String[] {"联系方式", contacts});
                }
                page.facts(facts, LABEL_WIDTH);
                page.gap(6);
                page.lines(checkLines, Sheet.SMALL, PageCursor.DEFAULT_LEADING, 0);
                page.gap(14);
                page.signatures(List.of("（单位盖章）", "日期："));
                progress.accept(++written);
            }
            page.finish();
        });
    }
}
