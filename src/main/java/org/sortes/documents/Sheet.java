package org.sortes.documents;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The building blocks the official documents share: fact tables, lists, signature lines. */
final class Sheet {
    static final float BODY = 10f;
    static final float SMALL = 8f;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    private Sheet() {
    }

    /** A two-column table of labels and values. */
    static Table facts() {
        return new Table(UnitValue.createPercentArray(new float[] {24, 76})).useAllAvailableWidth();
    }

    static void fact(Table t, String label, String value) {
        t.addCell(cell(label, BODY).setBackgroundColor(new DeviceGray(0.93f)));
        t.addCell(cell(value == null ? "" : value, BODY));
    }

    /** A value to read aloud and compare character by character; never split across two pages. */
    static void fixed(Table t, String label, String value) {
        t.addCell(cell(label, BODY).setBackgroundColor(new DeviceGray(0.93f)).setKeepTogether(true));
        t.addCell(new Cell().add(new Paragraph(new Text(value)).setFontSize(BODY).setCharacterSpacing(0.4f))
                .setKeepTogether(true));
    }

    static void header(Table t, String... labels) {
        for (String l : labels) {
            t.addHeaderCell(cell(l, SMALL + 1).setBackgroundColor(new DeviceGray(0.85f)));
        }
    }

    static void row(Table t, String... values) {
        for (String v : values) {
            t.addCell(cell(v, SMALL + 1));
        }
    }

    static Cell cell(String text, float size) {
        return new Cell().add(new Paragraph(text).setFontSize(size).setMultipliedLeading(1.15f)).setPadding(3);
    }

    /** A label and a line to sign on. */
    static void signature(Table t, String who) {
        t.addCell(new Cell().add(new Paragraph(who)).setBorder(Border.NO_BORDER).setPaddingTop(14));
        t.addCell(new Cell().add(new Paragraph(" ")).setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(0.6f)).setPaddingTop(14));
    }

    static Table signatures() {
        return new Table(UnitValue.createPercentArray(new float[] {40, 60})).useAllAvailableWidth();
    }

    /** An ISO-8601 time as people read it; "—" when the stage has not happened. */
    static String shown(String iso) {
        return iso == null ? "—" : OffsetDateTime.parse(iso).format(SHOWN);
    }

    /** Basis points as a percentage, integers only: 350 → "3.5%", 10000 → "100%". */
    static String percent(int bp) {
        String s = bp / 100 + "." + String.format("%02d", bp % 100);
        s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        return s + "%";
    }
}
