package org.sortes.documents;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
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
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * OfficialPdf.SIDE;
    private static final float LABEL_WIDTH = WIDTH * 0.24f;
    private static final float PAD = 3;
    private static final float CELL_LEADING = 1.15f;

    private final OfficialPdf frame;

    public LettersPdf(OfficialPdf frame) {
        this.frame = frame;
    }

    public void write(Letters l, OutputStream out, IntConsumer progress, BooleanSupplier cancelled) throws IOException {
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
            Cursor page = new Cursor(pdf, text, font);
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
                        Cursor.DEFAULT_LEADING, 0);
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
                page.facts(facts);
                page.gap(6);
                page.lines(checkLines, Sheet.SMALL, Cursor.DEFAULT_LEADING, 0);
                page.gap(14);
                page.signatures(List.of("（单位盖章）", "日期："));
                progress.accept(++written);
            }
            page.finish();
        });
    }

    /** A cursor down the pages: where the next line goes, a new page when the current one is full. */
    private static final class Cursor {
        private static final float TOP = PageSize.A4.getHeight() - OfficialPdf.TOP;
        /** The layout engine's default leading, which the other documents' headings and cells keep. */
        static final float DEFAULT_LEADING = 1.35f;

        private final PdfDocument pdf;
        private final TextSetter text;
        private final PdfFont font;
        private PdfPage page;
        private PdfCanvas canvas;
        private float y;
        /** The page's fills and rules, drawn first; then its text, in one text object. */
        private final List<Runnable> graphics = new ArrayList<>();
        private final List<java.util.function.Consumer<TextSetter.Text>> lines = new ArrayList<>();

        Cursor(PdfDocument pdf, TextSetter text, PdfFont font) {
            this.pdf = pdf;
            this.text = text;
            this.font = font;
        }

        void newPage() {
            finish();
            page = pdf.addNewPage(PageSize.A4);
            canvas = new PdfCanvas(page);
            y = TOP;
        }

        /**
         * Ends the current page's drawing. A PDF/A document keeps its pages until it closes (it checks
         * them then) and writes each footer at that moment (END_PAGE).
         */
        void finish() {
            if (page != null) {
                graphics.forEach(Runnable::run);
                TextSetter.Text t = text.begin(canvas);
                lines.forEach(l -> l.accept(t));
                t.end();
                graphics.clear();
                lines.clear();
                canvas.release();
                page = null;
            }
        }

        void gap(float points) {
            y -= points;
        }

        /** Room for height points more on this page, or a new page. */
        private void room(float height) {
            if (y - height < OfficialPdf.BOTTOM) {
                newPage();
            }
        }

        static float lineHeight(float size, float leading) {
            return size * (TextSetter.ASCENT + TextSetter.DESCENT) * leading;
        }

        /** The baseline of a line whose box starts at top, the extra leading split above and below. */
        private static float baseline(float top, float size, float leading) {
            return top - (lineHeight(size, leading) - lineHeight(size, 1)) / 2 - size * TextSetter.ASCENT;
        }

        void centered(String line, PdfFont f, float size, float after) {
            float h = lineHeight(size, DEFAULT_LEADING);
            room(h);
            float x = OfficialPdf.SIDE + (WIDTH - text.width(line, f, size)) / 2;
            float base = baseline(y, size, DEFAULT_LEADING);
            lines.add(t -> t.show(line, f, size, x, base));
            y -= h + after;
        }

        /** Lines of a paragraph, the first indented; a paragraph may go on on the next page. */
        void lines(List<String> lines, float size, float leading, float indent) {
            float h = lineHeight(size, leading);
            for (int i = 0; i < lines.size(); i++) {
                room(h);
                String line = lines.get(i);
                float x = OfficialPdf.SIDE + (i == 0 ? indent : 0);
                float base = baseline(y, size, leading);
                this.lines.add(t -> t.show(line, font, size, x, base));
                y -= h;
            }
        }

        /** A two-column table of labels (grey) and values, ruled; a long row goes on on the next page. */
        void facts(List<String[]> rows) {
            float h = lineHeight(Sheet.BODY, CELL_LEADING);
            for (String[] row : rows) {
                List<String> label = text.lines(row[0], font, Sheet.BODY, LABEL_WIDTH - 2 * PAD, 0);
                List<String> value = text.lines(row[1] == null ? "" : row[1], font, Sheet.BODY, WIDTH - LABEL_WIDTH - 2 * PAD, 0);
                int n = Math.max(label.size(), value.size());
                int from = 0;
                while (from < n) {
                    int fits = (int) Math.floor((y - OfficialPdf.BOTTOM - 2 * PAD) / h);
                    if (fits < 1) {
                        newPage();
                        continue;
                    }
                    int to = Math.min(n, from + fits);
                    float rowHeight = (to - from) * h + 2 * PAD;
                    float bottom = y - rowHeight;
                    graphics.add(() -> canvas.saveState().setFillColor(new DeviceGray(0.93f))
                            .rectangle(OfficialPdf.SIDE, bottom, LABEL_WIDTH, rowHeight).fill().restoreState()
                            .saveState().setLineWidth(0.5f)
                            .rectangle(OfficialPdf.SIDE, bottom, LABEL_WIDTH, rowHeight)
                            .rectangle(OfficialPdf.SIDE + LABEL_WIDTH, bottom, WIDTH - LABEL_WIDTH, rowHeight)
                            .stroke().restoreState());
                    for (int i = from; i < to; i++) {
                        float base = baseline(y - PAD - (i - from) * h, Sheet.BODY, CELL_LEADING);
                        if (i < label.size()) {
                            String line = label.get(i);
                            lines.add(t -> t.show(line, font, Sheet.BODY, OfficialPdf.SIDE + PAD, base));
                        }
                        if (i < value.size()) {
                            String line = value.get(i);
                            lines.add(t -> t.show(line, font, Sheet.BODY, OfficialPdf.SIDE + LABEL_WIDTH + PAD, base));
                        }
                    }
                    y = bottom;
                    from = to;
                }
            }
        }

        /** Labels with a line to sign on beside each, kept on one page. */
        void signatures(List<String> labels) {
            float rowHeight = 14 + lineHeight(Sheet.BODY, DEFAULT_LEADING) + PAD;
            room(rowHeight * labels.size());
            for (String label : labels) {
                float base = baseline(y - 14, Sheet.BODY, DEFAULT_LEADING);
                lines.add(t -> t.show(label, font, Sheet.BODY, OfficialPdf.SIDE + PAD, base));
                float lineY = y - rowHeight;
                graphics.add(() -> canvas.saveState().setLineWidth(0.6f)
                        .moveTo(OfficialPdf.SIDE + WIDTH * 0.4f, lineY).lineTo(OfficialPdf.SIDE + WIDTH, lineY)
                        .stroke().restoreState());
                y -= rowHeight;
            }
        }
    }
}
