package org.sortes.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether the text a page draws is what it says: set in one of the fonts Sortes embeds (Noto Sans SC,
 * regular or bold, which every copy of Sortes carries), with each glyph drawn for a character being
 * the glyph that font has for it, outline for outline. A file whose character map was changed (a "3"
 * that extracts as an "8") or whose glyph was redrawn extracts one text and shows another: both are
 * found here. Text in another font (the rare-character font of names, or a font a forger added) and
 * invisible text are not read as printed at all.
 */
final class DrawnGlyphs {
    /** A glyph drawn is not the font's glyph for the character it extracts as. */
    static final class Redrawn extends IOException {
        final String character;

        Redrawn(String character, String why) {
            super("the glyph drawn for \"" + character + "\" " + why);
            this.character = character;
        }
    }

    private static final String[] BUNDLED = {"NotoSansSC-Regular", "NotoSansSC-Bold"};
    /** The bundled fonts as references: their programs (character to glyph) and glyph tables. */
    private static final Map<String, Reference> REFERENCES = new HashMap<>();

    /** Per font of the file (by its dictionary): its reference and glyph table, or null when not ours. */
    private final Map<PdfDictionary, Embedded> fonts = new HashMap<>();

    private record Reference(FontProgram program, GlyphTable glyphs) {
    }

    private record Embedded(Reference reference, GlyphTable glyphs, Map<Long, Boolean> checked) {
    }

    /**
     * Whether this run of text counts as printed: visible, and in a bundled font. Throws when it is in
     * a bundled font but a glyph is not that font's glyph for its character.
     */
    boolean printed(TextRenderInfo run) throws IOException {
        int mode = run.getTextRenderMode();
        if (mode == 3 || mode == 7) { // invisible (7: a clipping path only)
            return false;
        }
        Embedded font = embedded(run.getFont());
        if (font == null) {
            return false;
        }
        byte[] codes = run.getPdfString().getValueBytes();
        com.itextpdf.io.font.otf.GlyphLine line = run.getFont().decodeIntoGlyphLine(run.getPdfString());
        if (codes.length % 2 != 0 || line.size() != codes.length / 2) {
            throw new Redrawn(run.getText(), "is not a sequence of the font's glyphs");
        }
        for (int i = 0; i < line.size(); i++) {
            Glyph g = line.get(i);
            int cid = ((codes[2 * i] & 0xFF) << 8) | (codes[2 * i + 1] & 0xFF);
            String text = g.getChars() == null ? "" : new String(g.getChars());
            if (g.getCode() != cid || text.isEmpty() || text.codePointCount(0, text.length()) != 1) {
                throw new Redrawn(text, "is not one character of the font's map");
            }
            long pair = ((long) cid << 21) | text.codePointAt(0);
            Boolean fine = font.checked().get(pair);
            if (fine == null) {
                Glyph expected = font.reference().program().getGlyph(text.codePointAt(0));
                fine = expected != null && expected.getCode() == cid && same(font, cid, 0);
                font.checked().put(pair, fine);
            }
            if (!fine) {
                throw new Redrawn(text, "is glyph " + cid + ", not the outline the font has for that character");
            }
        }
        return true;
    }

    /** The glyph, and the glyphs a composite glyph is made of, byte for byte the reference's. */
    private static boolean same(Embedded font, int gid, int depth) {
        byte[] drawn = font.glyphs().glyph(gid);
        byte[] reference = font.reference().glyphs().glyph(gid);
        if (drawn == null || reference == null || !Arrays.equals(drawn, reference)) {
            return false;
        }
        if (depth < 8) {
            for (int component : GlyphTable.components(drawn)) {
                if (!same(font, component, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Embedded embedded(PdfFont font) throws IOException {
        PdfDictionary dict = font.getPdfObject();
        if (fonts.containsKey(dict)) {
            return fonts.get(dict);
        }
        Embedded found = null;
        PdfName base = dict.getAsName(PdfName.BaseFont);
        String name = base == null ? "" : base.getValue().replaceFirst("^[A-Z]{6}\\+", "");
        if (Arrays.asList(BUNDLED).contains(name) && PdfName.Type0.equals(dict.getAsName(PdfName.Subtype))
                && PdfName.IdentityH.equals(dict.getAsName(PdfName.Encoding))) {
            PdfDictionary cid = dict.getAsArray(PdfName.DescendantFonts) == null ? null
                    : dict.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
            PdfObject map = cid == null ? null : cid.get(PdfName.CIDToGIDMap);
            PdfDictionary descriptor = cid == null ? null : cid.getAsDictionary(PdfName.FontDescriptor);
            PdfStream file = descriptor == null ? null : descriptor.getAsStream(PdfName.FontFile2);
            if (PdfName.Identity.equals(map) && file != null) {
                GlyphTable glyphs = GlyphTable.of(file.getBytes());
                if (glyphs != null) {
                    found = new Embedded(reference(name), glyphs, new HashMap<>());
                }
            }
        }
        fonts.put(dict, found);
        return found;
    }

    private static synchronized Reference reference(String name) throws IOException {
        Reference r = REFERENCES.get(name);
        if (r == null) {
            byte[] bytes = OfficialPdf.resource(name + ".ttf");
            r = new Reference(FontProgramFactory.createFont(bytes), GlyphTable.of(bytes));
            REFERENCES.put(name, r);
        }
        return r;
    }

    /** A TrueType font's glyph outlines ("glyf", located by "loca"), read from the file's bytes. */
    static final class GlyphTable {
        private final ByteBuffer glyf;
        private final int[] offsets;

        private GlyphTable(ByteBuffer glyf, int[] offsets) {
            this.glyf = glyf;
            this.offsets = offsets;
        }

        /** The table of a TrueType file, or null when it has none that reads. */
        static GlyphTable of(byte[] font) {
            try {
                ByteBuffer b = ByteBuffer.wrap(font);
                int tables = b.getShort(4) & 0xFFFF;
                int head = -1;
                int loca = -1;
                int locaLength = 0;
                int glyf = -1;
                int glyfLength = 0;
                for (int i = 0; i < tables; i++) {
                    int at = 12 + 16 * i;
                    String tag = new String(font, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
                    int offset = b.getInt(at + 8);
                    int length = b.getInt(at + 12);
                    switch (tag) {
                        case "head" -> head = offset;
                        case "loca" -> {
                            loca = offset;
                            locaLength = length;
                        }
                        case "glyf" -> {
                            glyf = offset;
                            glyfLength = length;
                        }
                        default -> { }
                    }
                }
                if (head < 0 || loca < 0 || glyf < 0) {
                    return null;
                }
                boolean longOffsets = b.getShort(head + 50) == 1;
                int count = locaLength / (longOffsets ? 4 : 2);
                int[] offsets = new int[count];
                for (int i = 0; i < count; i++) {
                    offsets[i] = longOffsets ? b.getInt(loca + 4 * i) : (b.getShort(loca + 2 * i) & 0xFFFF) * 2;
                }
                return new GlyphTable(ByteBuffer.wrap(font, glyf, glyfLength).slice(), offsets);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                return null;
            }
        }

        /** The outline of a glyph (empty for a glyph with none), or null when the table has no such glyph. */
        byte[] glyph(int gid) {
            if (gid < 0 || gid + 1 >= offsets.length) {
                return null;
            }
            int from = offsets[gid];
            int to = offsets[gid + 1];
            if (from < 0 || to < from || to > glyf.capacity()) {
                return null;
            }
            byte[] out = new byte[to - from];
            glyf.get(from, out);
            return out;
        }

        /** The glyphs a composite outline is made of (none for a simple one). */
        static int[] components(byte[] outline) {
            if (outline.length < 10 || ByteBuffer.wrap(outline).getShort(0) >= 0) {
                return new int[0];
            }
            ByteBuffer b = ByteBuffer.wrap(outline);
            int at = 10;
            java.util.List<Integer> out = new java.util.ArrayList<>();
            int flags;
            do {
                if (at + 4 > outline.length) {
                    break;
                }
                flags = b.getShort(at) & 0xFFFF;
                out.add(b.getShort(at + 2) & 0xFFFF);
                at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                if ((flags & 0x0008) != 0) {
                    at += 2;
                } else if ((flags & 0x0040) != 0) {
                    at += 4;
                } else if ((flags & 0x0080) != 0) {
                    at += 8;
                }
            } while ((flags & 0x0020) != 0);
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
