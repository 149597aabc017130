package org.sortes.documents;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A cursor down pages set straight on the canvas (see {@link TextSetter}): where the next line goes,
 * and a new page when the current one is full. Each page gets its fills and rules first, then all its
 * text in one text object. The margins, sizes and leading are those of the layout engine's documents,
 * so that pages set either way look alike.
 */
final class PageCursor {
    static final float WIDTH = PageSize.A4.getWidth() - 2 * OfficialPdf.SIDE;
    /** The layout engine's default leading, which the documents' headings and paragraphs keep. */
    static final float DEFAULT_LEADING = 1.35f;
    /** Cell padding and leading, as {@link Sheet#cell}. */
    static final float PAD = 3;
    static final float CELL_LEADING = 1.15f;
    private static final float TOP = PageSize.A4.getHeight() - OfficialPdf.TOP;

    private final PdfDocument pdf;
    private final TextSetter text;
    private final PdfFont font;
    private PdfPage page;
    /** Whether the current page was begun here (not by the layout engine, which may go back to it). */
    private boolean own;
    private PdfCanvas canvas;
    private float y;
    private final List<Runnable> graphics = new ArrayList<>();
    /** The current page's cell backgrounds by colour, and its cell borders: x, y, width, height. */
    private final java.util.Map<Color, List<float[]>> fills = new java.util.LinkedHashMap<>();
    private final List<float[]> borders = new ArrayList<>();
    private final List<Consumer<TextSetter.Text>> lines = new ArrayList<>();

    /** One cell of a ruled row: its lines, their size and colour, the fill behind it (null for none). */
    record Cell(List<String> lines, float size, Color color, Color fill, float padLeft) {
        Cell(List<String> lines, float size) {
            this(lines, size, null, null, PAD);
        }
    }

    PageCursor(PdfDocument pdf, TextSetter text, PdfFont font) {
        this.pdf = pdf;
        this.text = text;
        this.font = font;
    }

    TextSetter text() {
        return text;
    }

    PdfFont font() {
        return font;
    }

    void newPage() {
        writeOut();
        page = pdf.addNewPage(PageSize.A4);
        own = true;
        canvas = new PdfCanvas(page);
        y = TOP;
    }

    /**
     * Goes on on a page the layout engine has begun, below what it set there: top is where the
     * layout's free area on it begins.
     */
    void continueOn(PdfPage begun, float top) {
        writeOut();
        page = begun;
        own = false;
        canvas = new PdfCanvas(begun);
        y = top;
    }

    /**
     * Ends the current page and, when it was begun here, writes it out now (its footer, END_PAGE, is
     * drawn then): ten thousand letters are not all held until the document closes. The last page
     * is left to the caller, whose layout engine may go on to it.
     */
    private void writeOut() {
        PdfPage done = own ? page : null;
        finish();
        if (done != null) {
            done.flush();
        }
    }

    /** Ends the current page's drawing; the page is written out when the document closes. */
    void finish() {
        if (page != null) {
            // the cells' backgrounds, one path per colour, then their borders on top as one path: a
            // table page is a few operators, not a saved and restored graphics state per cell
            for (var fill : fills.entrySet()) {
                canvas.saveState().setFillColor(fill.getKey());
                fill.getValue().forEach(r -> canvas.rectangle(r[0], r[1], r[2], r[3]));
                canvas.fill().restoreState();
            }
            if (!borders.isEmpty()) {
                canvas.saveState().setLineWidth(0.5f);
                borders.forEach(r -> canvas.rectangle(r[0], r[1], r[2], r[3]));
                canvas.stroke().restoreState();
            }
            graphics.forEach(Runnable::run);
            TextSetter.Text t = text.begin(canvas);
            lines.forEach(l -> l.accept(t));
            t.end();
            graphics.clear();
            fills.clear();
            borders.clear();
            lines.clear();
            canvas.release();
            page = null;
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** Whether height points more fit on this page. */
    boolean fits(float height) {
        return page != null && y - height >= OfficialPdf.BOTTOM;
    }

    /** Room for height points more on this page, or a new page. */
    void room(float height) {
        if (!fits(height)) {
            newPage();
        }
    }

    static float lineHeight(float size, float leading) {
        return size * (TextSetter.ASCENT + TextSetter.DESCENT) * leading;
    }

    /** The baseline of a line whose box starts at top, the extra leading split above and below. */
    static float baseline(float top, float size, float leading) {
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

    /** Lines of a paragraph in a font, the first indented; a paragraph may go on on the next page. */
    void lines(List<String> shown, PdfFont f, float size, float leading, float indent) {
        float h = lineHeight(size, leading);
        for (int i = 0; i < shown.size(); i++) {
            room(h);
            String line = shown.get(i);
            float x = OfficialPdf.SIDE + (i == 0 ? indent : 0);
            float base = baseline(y, size, leading);
            lines.add(t -> t.show(line, f, size, x, base));
            y -= h;
        }
    }

    void lines(List<String> shown, float size, float leading, float indent) {
        lines(shown, font, size, leading, indent);
    }

    /** The height of a ruled row of these cells. */
    static float rowHeight(List<Cell> cells) {
        float h = 0;
        for (Cell c : cells) {
            h = Math.max(h, c.lines().size() * lineHeight(c.size(), CELL_LEADING));
        }
        return h + 2 * PAD;
    }

    /**
     * A ruled row of cells side by side (widths in points, from the left margin), at the cursor; the
     * caller has made room for it (see {@link #rowHeight}).
     */
    void row(float[] widths, List<Cell> cells) {
        float rowHeight = rowHeight(cells);
        float bottom = y - rowHeight;
        float x = OfficialPdf.SIDE;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            float left = x;
            float w = widths[i];
            if (c.fill() != null) {
                fills.computeIfAbsent(c.fill(), k -> new ArrayList<>()).add(new float[] {left, bottom, w, rowHeight});
            }
            borders.add(new float[] {left, bottom, w, rowHeight});
            float h = lineHeight(c.size(), CELL_LEADING);
            for (int l = 0; l < c.lines().size(); l++) {
                String line = c.lines().get(l);
                float base = baseline(y - PAD - l * h, c.size(), CELL_LEADING);
                Color color = c.color();
                float size = c.size();
                lines.add(t -> t.show(line, font, size, left + c.padLeft(), base, color));
            }
            x += w;
        }
        y = bottom;
    }

    /**
     * A ruled row that may be taller than a page (a name of thousands of characters, stored before
     * values had a limit, in a narrow column): as many of its lines as fit go on this page and the
     * rest on the next ones, each begun with what beginPage sets (the table's header). Nothing is cut
     * and nothing runs below the margin.
     */
    void tallRow(float[] widths, List<Cell> cells, Runnable beginPage) {
        int n = 0;
        float h = 0;
        for (Cell c : cells) {
            n = Math.max(n, c.lines().size());
            h = Math.max(h, lineHeight(c.size(), CELL_LEADING));
        }
        int from = 0;
        boolean begun = false;
        while (from < n) {
            int fit = page == null ? 0 : (int) Math.floor((y - OfficialPdf.BOTTOM - 2 * PAD) / h);
            if (fit < 1 && !begun) {
                newPage();
                beginPage.run();
                begun = true; // a page with only its header takes at least a line
                continue;
            }
            int to = Math.min(n, from + Math.max(1, fit));
            List<Cell> piece = new ArrayList<>();
            for (Cell c : cells) {
                int size = c.lines().size();
                piece.add(new Cell(c.lines().subList(Math.min(from, size), Math.min(to, size)), c.size(), c.color(),
                        c.fill(), c.padLeft()));
            }
            row(widths, piece);
            from = to;
            begun = false;
        }
    }

    /** A two-column table of labels (grey) and values, ruled; a row too long for a page goes on on the next. */
    void facts(List<String[]> rows, float labelWidth) {
        float h = lineHeight(Sheet.BODY, CELL_LEADING);
        for (String[] row : rows) {
            List<String> label = text.lines(row[0], font, Sheet.BODY, labelWidth - 2 * PAD, 0);
            List<String> value = text.lines(row[1] == null ? "" : row[1], font, Sheet.BODY, WIDTH - labelWidth - 2 * PAD, 0);
            int n = Math.max(label.size(), value.size());
            int from = 0;
            while (from < n) {
                int fit = (int) Math.floor((y - OfficialPdf.BOTTOM - 2 * PAD) / h);
                if (page == null || fit < 1) {
                    newPage();
                    continue;
                }
                int to = Math.min(n, from + fit);
                row(new float[] {labelWidth, WIDTH - labelWidth}, List.of(
                        new Cell(label.subList(Math.min(from, label.size()), Math.min(to, label.size())), Sheet.BODY,
                                null, new DeviceGray(0.93f), PAD),
                        new Cell(value.subList(Math.min(from, value.size()), Math.min(to, value.size())), Sheet.BODY)));
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
