package org.sortes.documents;

import com.itextpdf.commons.datastructures.Tuple2;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.font.selectorstrategy.IFontSelectorStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * How the layout engine picks a font for body text: the body font for every character it has, the
 * rare-character font only for one it lacks. A paragraph stays one run of text: iText's own strategy
 * cut it wherever the script changed (Chinese, then Latin, then a quotation mark), and a line could
 * then break between two runs against the Chinese rule ("sortes audit verify" ended a line after "“").
 */
final class OneRunFonts implements IFontSelectorStrategy {
    private final PdfFont body;
    private final PdfFont rare;

    /** rare: null when no rare-character font was found. */
    OneRunFonts(PdfFont body, PdfFont rare) {
        this.body = body;
        this.rare = rare;
    }

    @Override
    public List<Tuple2<GlyphLine, PdfFont>> getGlyphLines(String text) {
        List<Tuple2<GlyphLine, PdfFont>> runs = new ArrayList<>();
        int start = 0;
        PdfFont current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            PdfFont font = rare != null && !body.containsGlyph(c) && rare.containsGlyph(c) ? rare : body;
            if (current != null && font != current) {
                runs.add(new Tuple2<>(current.createGlyphLine(text.substring(start, i)), current));
                start = i;
            }
            current = font;
            i += Character.charCount(c);
        }
        if (current != null) {
            runs.add(new Tuple2<>(current.createGlyphLine(text.substring(start)), current));
        }
        return runs;
    }
}
