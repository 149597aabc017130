package org.sortes.documents;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets lines of text straight on a page's canvas, for documents of thousands of pages (the letters)
 * where iText's layout engine costs a millisecond a page: the widths, the Chinese line-breaking rule
 * of {@link ChineseLineBreaks} (no line begins with "，" or ends with "（"; Latin words and digests
 * break only at spaces unless longer than the line) and a second font for the characters the first
 * lacks (𠮷 and the rest of CJK Extension B).
 */
final class TextSetter {
    /** Noto Sans SC's ascender and descender, in em: a line of leading 1 is their sum high. */
    static final float ASCENT = 1.16f;
    static final float DESCENT = 0.288f;

    private final PdfFont rare;
    /** What each font said of a character, asked once: ten thousand letters ask the same few hundred. */
    private final java.util.Map<PdfFont, Metrics> metrics = new java.util.IdentityHashMap<>();

    /** @param rare the font for characters a line's own font lacks; null when this machine has none */
    TextSetter(PdfFont rare) {
        this.rare = rare;
    }

    /** The font a character is set in: the line's own, or the rare-character font when only that has it. */
    private PdfFont fontFor(int c, PdfFont font) {
        // ASCII is in every font used here: no look-up for digests and numbers
        if (c >= 0x80 && rare != null && !metrics(font).has(c) && metrics(rare).has(c)) {
            return rare;
        }
        return font;
    }

    /** The font asked last and its answers: a line asks the same font for each of its characters. */
    private PdfFont lastFont;
    private Metrics lastMetrics;

    private Metrics metrics(PdfFont font) {
        if (font != lastFont) {
            lastMetrics = metrics.computeIfAbsent(font, Metrics::new);
            lastFont = font;
        }
        return lastMetrics;
    }

    /** The width of one character in a font at a size, as {@link PdfFont#getWidth(int, float)} gives it. */
    private float width(int c, PdfFont font, float size) {
        return metrics(font).width(c) * size / 1000f;
    }

    float width(String text, PdfFont font, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            w += width(c, fontFor(c, font), size);
            i += Character.charCount(c);
        }
        return w;
    }

    /**
     * A font's answers for the characters of the Basic Multilingual Plane (the font's own hash look-up
     * behind each, with a boxed key, was a tenth of the letters' time); others are asked each time.
     */
    private static final class Metrics {
        private static final int UNKNOWN = Integer.MIN_VALUE;
        private final PdfFont font;
        /** 0: not asked; 1: has a glyph; 2: has none. */
        private final byte[] has = new byte[0x10000];
        private final int[] widths = new int[0x10000];
        private final byte[][] codes = new byte[0x10000][];

        Metrics(PdfFont font) {
            this.font = font;
            java.util.Arrays.fill(widths, UNKNOWN);
        }

        boolean has(int c) {
            if (c > 0xFFFF) {
                return font.containsGlyph(c);
            }
            if (has[c] == 0) {
                has[c] = (byte) (font.containsGlyph(c) ? 1 : 2);
            }
            return has[c] == 1;
        }

        /** The bytes that show c in this font; the font marks its glyph as used the first time. */
        byte[] code(int c) {
            byte[] known = c <= 0xFFFF ? codes[c] : null;
            if (known != null) {
                return known;
            }
            com.itextpdf.io.font.otf.Glyph glyph = font.getGlyph(c);
            if (glyph == null || !has(c)) {
                throw new UnprintableTextException(new String(Character.toChars(c)), c);
            }
            byte[] code = font.convertToBytes(glyph);
            if (c <= 0xFFFF) {
                codes[c] = code;
            }
            return code;
        }

        int width(int c) {
            if (c > 0xFFFF) {
                return font.getWidth(c);
            }
            if (widths[c] == UNKNOWN) {
                widths[c] = font.getWidth(c);
            }
            return widths[c];
        }
    }

    /**
     * The text broken into lines no wider than width (the first line indent narrower); "\n" breaks a
     * line where it stands.
     */
    List<String> lines(String text, PdfFont font, float size, float width, float indent) {
        List<String> out = new ArrayList<>(2);
        int from = 0;
        // the parts between "\n"s, found without split: a table cell's text has none, and there are tens of thousands
        for (int end = text.indexOf('\n'); end >= 0; from = end + 1, end = text.indexOf('\n', from)) {
            wrap(text.substring(from, end), font, size, width, out.isEmpty() ? indent : 0, out);
        }
        wrap(from == 0 ? text : text.substring(from), font, size, width, out.isEmpty() ? indent : 0, out);
        return out;
    }

    private void wrap(String text, PdfFont font, float size, float width, float indent, List<String> out) {
        int start = 0;
        int lastBreak = -1; // a line may end just before this index
        float used = 0;
        float room = width - indent;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            float w = width(c, fontFor(c, font), size);
            if (used + w > room && i > start) {
                int cut = lastBreak > start ? lastBreak : i;
                if (cut == i && ChineseLineBreaks.NOT_AT_START.indexOf(c) >= 0) {
                    // no break opportunity in a word wider than the line: still keep "，" off the line's start
                    int before = text.offsetByCodePoints(i, -1);
                    cut = before > start ? before : next;
                }
                out.add(text.substring(start, cut).stripTrailing());
                start = cut;
                while (start < text.length() && text.charAt(start) == ' ') {
                    start++;
                }
                room = width;
                lastBreak = -1;
                i = start;
                used = 0;
                continue;
            }
            used += w;
            if (next < text.length() && breaksAfter(c, text.codePointAt(next))) {
                lastBreak = next;
            }
            i = next;
        }
        out.add(text.substring(Math.min(start, text.length())).stripTrailing());
    }

    /** Whether a line may end between these two characters. */
    static boolean breaksAfter(int here, int next) {
        if (ChineseLineBreaks.NOT_AT_START.indexOf(next) >= 0 || ChineseLineBreaks.NOT_AT_END.indexOf(here) >= 0) {
            return false;
        }
        return here == ' ' || here == '-' || here == '/' || ChineseLineBreaks.isCjk(here) || ChineseLineBreaks.isCjk(next);
    }

    /**
     * Lines shown in one text object (BT … ET) of a canvas, the font set only when it changes: a
     * page of lines as a few operators each, which the PDF/A check reads back and the writer writes.
     * No path may be drawn on the canvas between {@link #begin} and {@link Text#end}.
     */
    Text begin(PdfCanvas canvas) {
        canvas.beginText();
        return new Text(canvas);
    }

    final class Text {
        private final PdfCanvas canvas;
        private PdfFont current;
        private float currentSize;
        /** Whether the last line set a colour other than black. */
        private boolean colored;

        private Text(PdfCanvas canvas) {
            this.canvas = canvas;
        }

        /** One line with its left end at x and its baseline at y, each run in the font that has it. */
        void show(String line, PdfFont font, float size, float x, float y) {
            show(line, font, size, x, y, null);
        }

        /** As above, in a colour (null: black). */
        void show(String line, PdfFont font, float size, float x, float y, com.itextpdf.kernel.colors.Color color) {
            if (color != null || colored) {
                canvas.setFillColor(color == null ? com.itextpdf.kernel.colors.ColorConstants.BLACK : color);
                colored = color != null;
            }
            int i = 0;
            while (i < line.length()) {
                PdfFont f = fontFor(line.codePointAt(i), font);
                int end = i;
                while (end < line.length() && fontFor(line.codePointAt(end), font) == f) {
                    end += Character.charCount(line.codePointAt(end));
                }
                if (f != current || size != currentSize) {
                    canvas.setFontAndSize(f, size);
                    current = f;
                    currentSize = size;
                }
                moveTo(x, y);
                showRun(line, i, end, metrics(f));
                if (end < line.length()) {
                    x += width(line.substring(i, end), f, size); // where the next run, in the other font, begins
                }
                i = end;
            }
        }

        /**
         * "1 0 0 1 x y Tm", the bytes {@link PdfCanvas#setTextMatrix(float, float)} writes, without its
         * general number formatting (a tenth of the pages' time, and the largest method the optimising
         * compiler took on for them); a position off the page's usual range is left to iText.
         */
        private void moveTo(float x, float y) {
            if (!Points.plain(x) || !Points.plain(y)) {
                canvas.setTextMatrix(x, y);
                return;
            }
            int n = 0;
            for (byte b : IDENTITY) {
                hex[n++] = b;
            }
            n = Points.write(x, hex, n);
            hex[n++] = ' ';
            n = Points.write(y, hex, n);
            hex[n++] = ' ';
            hex[n++] = 'T';
            hex[n++] = 'm';
            hex[n++] = '\n';
            canvas.getContentStream().getOutputStream().writeBytes(hex, 0, n);
        }

        /**
         * Writes "<glyph codes in hex>Tj", the bytes iText's showText writes for this font and text,
         * without its look-ups and checks at every character shown (a glyph code from the font's hash
         * table, a sorted map of the glyphs used, and the PDF/A checker asking the font again whether
         * it has each glyph: together two fifths of the letters' time). Each character's bytes come
         * from the font once, which also marks its glyph for the embedded subset; every character
         * here has a glyph in this font (see {@link #fontFor}), and the documents refuse beforehand
         * text no font can show (decision 0019).
         */
        private void showRun(String line, int from, int to, Metrics m) {
            int n = 1;
            for (int i = from; i < to; ) {
                int c = line.codePointAt(i);
                byte[] code = m.code(c);
                if (n + 2 * code.length + 4 > hex.length) {
                    hex = java.util.Arrays.copyOf(hex, 2 * hex.length + 2 * code.length + 4);
                }
                for (byte b : code) {
                    hex[n++] = HEX[(b >> 4) & 0xF];
                    hex[n++] = HEX[b & 0xF];
                }
                i += Character.charCount(c);
            }
            hex[0] = '<';
            hex[n++] = '>';
            hex[n++] = 'T';
            hex[n++] = 'j';
            hex[n++] = '\n';
            canvas.getContentStream().getOutputStream().writeBytes(hex, 0, n);
        }

        void end() {
            canvas.endText();
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] IDENTITY = "1 0 0 1 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The operator being written: "<", the codes in hex, ">Tj\n"; or a text matrix. */
    private byte[] hex = new byte[256];

    /** Shows one line in a text object of its own, in the canvas's current colour (the page footer). */
    void show(PdfCanvas canvas, String line, PdfFont font, float size, float x, float y) {
        Text t = begin(canvas);
        t.show(line, font, size, x, y);
        t.end();
    }
}
