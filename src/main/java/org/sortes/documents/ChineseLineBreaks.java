package org.sortes.documents;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line may break in Chinese text (the 避头尾 rule): between two characters unless the next
 * one may not begin a line (，。、；：？！）」》… and the like) or this one may not end a line (（「《…).
 * Latin words, digests and numbers still break only where iText's default allows.
 */
final class ChineseLineBreaks implements ISplitCharacters {
    /** May not begin a line. */
    static final String NOT_AT_START = "，。、；：？！）」』》〉】〕”’…—·％,.;:?!)]}%";
    /** May not end a line. */
    static final String NOT_AT_END = "（「『《〈【〔“‘([{";

    private final DefaultSplitCharacters latin = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int here = unicode(text.get(glyphPos));
        if (glyphPos + 1 < text.getEnd() && NOT_AT_START.indexOf(unicode(text.get(glyphPos + 1))) >= 0) {
            return false;
        }
        if (NOT_AT_END.indexOf(here) >= 0) {
            return false;
        }
        if (isCjk(here)) {
            return true; // Chinese breaks between any two characters
        }
        return latin.isSplitCharacter(text, glyphPos);
    }

    private static int unicode(Glyph g) {
        return g.hasValidUnicode() ? g.getUnicode() : -1;
    }

    static boolean isCjk(int c) {
        return (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x20000 && c <= 0x3FFFF);
    }
}
