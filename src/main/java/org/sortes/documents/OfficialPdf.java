package org.sortes.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * The frame every official document shares: PDF/A-3b (archival), Chinese text in the embedded Noto
 * Sans SC (PDF/A requires embedded fonts; assets/fonts/README.md), A4, a footer with the session, the
 * commitment and "page N of M", and files attached as PDF/A-3 associated files. Fonts are loaded once
 * per instance.
 */
public final class OfficialPdf {
    /** Where the build puts assets/fonts. */
    private static final String FONTS = "/org/sortes/documents/fonts/";

    private FontProgram regular;
    private FontProgram bold;
    /**
     * A font for the characters Noto Sans SC lacks (CJK Extension B and beyond, e.g. 𠮷); null if none
     * found. Read only when a document's text needs it ({@link #rareFont}): the Hanazono font is 30 MB and
     * its character map a quarter of a million objects, which a document without such a character
     * would read, keep and have the collector copy for nothing.
     */
    private FontProgram rare;
    /** Whether the places for {@link #rare} have been looked at. */
    private boolean rareLooked;
    /** Whether {@link #prepareFonts} has started reading them. */
    private boolean preparing;

    /**
     * Where a font for rare characters is looked for, first found wins: the setting, then the Hanazono
     * Mincho B of Linux (Debian package fonts-hanazono, which the .deb installs) and the SimSun-ExtB of
     * Chinese Windows. Names with such characters (𠮷, 𡈼) are rare but real, and Noto Sans SC covers
     * only the basic CJK blocks and Extension A.
     */
    static List<Path> rareFontPlaces() {
        List<Path> places = new java.util.ArrayList<>();
        String set = System.getProperty("sortes.rareFont");
        if (set != null && !set.isBlank()) {
            places.add(Path.of(set));
        }
        places.add(Path.of("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"));
        places.add(Path.of("C:\\Windows\\Fonts\\simsunb.ttf"));
        return places;
    }

    /** What goes on the pages: gets the layout document (body font set) and the bold font for headings. */
    interface Body {
        void write(Document doc, PdfFont heading);
    }

    /**
     * As {@link Body}, with a cursor for pages set straight on the canvas (a table of thousands of rows)
     * between pages of the layout engine: they are added after the layout's current page, and the
     * layout goes on after them once told so ({@code AreaBreakType.LAST_PAGE}, then a new page).
     */
    interface MixedBody {
        void write(Document doc, PdfFont heading, PageCursor direct) throws IOException;
    }

    /**
     * @param footer      printed at the foot of every page, before the page number
     * @param generatedAt when the document is written (ISO-8601 with offset), also the attachments' date
     */
    record Info(String title, String author, String keywords, String footer, String generatedAt, boolean rehearsal) {
    }

    /** Printed across every page of a rehearsal's documents. */
    static final String REHEARSAL_MARK = "演练 · 非正式抽签";

    /**
     * What goes on pages set without the layout engine: gets the document (add pages to it), the body
     * and heading fonts, and a {@link TextSetter} that falls back to the rare-character font.
     */
    interface Pages {
        void write(PdfDocument pdf, PdfFont font, PdfFont heading, TextSetter text) throws IOException;
    }

    void write(OutputStream out, Info info, List<Attachment> attachments, Body body) throws IOException {
        write(out, info, attachments, (MixedBody) (doc, heading, direct) -> body.write(doc, heading));
    }

    void write(OutputStream out, Info info, List<Attachment> attachments, MixedBody body) throws IOException {
        write(out, info, attachments, () -> { }, body);
    }

    /**
     * As above; the attachments are embedded after the pages, once beforeAttaching has returned (the
     * minutes' lists are written meanwhile, on another thread, while the pages are set).
     */
    void write(OutputStream out, Info info, List<Attachment> attachments, Runnable beforeAttaching, MixedBody body)
            throws IOException {
        frame(out, info, attachments, beforeAttaching, (pdf, font, heading, rareFont, finish) -> {
            try (Document doc = new Document(pdf, PageSize.A4)) {
                // the body is set in Noto Sans SC, and a character it lacks in the rare-character font
                com.itextpdf.layout.font.FontProvider fonts = new com.itextpdf.layout.font.FontProvider(
                        FAMILY);
                fonts.getFontSet().addFont(regular, PdfEncodings.IDENTITY_H);
                if (rareFont != null) {
                    fonts.getFontSet().addFont(rareFont.getFontProgram(), PdfEncodings.IDENTITY_H);
                }
                fonts.setFontSelectorStrategyFactory((provider, selector, additional) -> new OneRunFonts(font, rareFont));
                doc.setFontProvider(fonts);
                doc.setFontFamily(rareFont == null ? List.of(FAMILY)
                        : List.of(FAMILY, rareFont.getFontProgram().getFontNames().getFontName()));
                doc.setFontSize(Sheet.BODY);
                // horizontal Chinese, digits and Latin need no OpenType shaping; without this iText's
                // typography check re-reads the font's feature tables for every run of text
                doc.setProperty(com.itextpdf.layout.properties.Property.FONT_SCRIPT, Character.UnicodeScript.COMMON);
                // no line begins with "，" or ends with "（": the Chinese line-breaking rule
                doc.setProperty(com.itextpdf.layout.properties.Property.SPLIT_CHARACTERS, new ChineseLineBreaks());
                doc.setMargins(TOP, SIDE, BOTTOM, SIDE);
                body.write(doc, heading, new PageCursor(pdf, new TextSetter(rareFont), font));
                finish.run(); // before the document closes and flushes the last page
            }
        });
    }

    /** Page margins, in points. */
    static final float TOP = 48;
    static final float SIDE = 42;
    static final float BOTTOM = 56;

    /** As {@link #write}, the pages set by the caller on their canvases (see {@link TextSetter}). */
    void writePages(OutputStream out, Info info, List<Attachment> attachments, Pages pages) throws IOException {
        frame(out, info, attachments, () -> { }, (pdf, font, heading, rareFont, finish) -> {
            pages.write(pdf, font, heading, new TextSetter(rareFont));
            finish.run();
        });
    }

    /** The document around the pages, whichever way they are set. */
    private interface Frame {
        /** finish: what is done once the pages are set (the page total, then the attachments). */
        void write(PdfDocument pdf, PdfFont font, PdfFont heading, PdfFont rare, Runnable finish) throws IOException;
    }

    private void frame(OutputStream out, Info info, List<Attachment> attachments, Runnable beforeAttaching, Frame body)
            throws IOException {
        loadFonts();
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        try (PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
             PdfDocument pdf = new OwnContentPdfA(writer, intent)) {
            PdfFont font = PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont heading = PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            // read if a character of the text asked for it (checkPrintable), embedded only if one is set in it
            FontProgram rare = rareIfRead();
            PdfFont rareFont = rare == null ? null : PdfFontFactory.createFont(rare, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            pdf.getDocumentInfo().setTitle(shortened(info.title()));
            pdf.getDocumentInfo().setAuthor(shortened(info.author()));
            pdf.getDocumentInfo().setCreator("Sortes");
            pdf.getDocumentInfo().setKeywords(shortened(info.keywords()));
            Footer footer = new Footer(pdf, font, new TextSetter(rareFont), info.footer(),
                    info.rehearsal() ? REHEARSAL_MARK : null);
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
            try {
                body.write(pdf, font, heading, rareFont, () -> {
                    footer.writeTotal(pdf.getNumberOfPages());
                    // associated files may join the document at any time before it closes
                    beforeAttaching.run();
                    for (Attachment a : attachments) {
                        try {
                            attach(pdf, a, info.generatedAt());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static final String FAMILY = "Noto Sans SC";

    /** The most characters of a metadata value; the pages print the whole text. */
    static final int MAX_METADATA = 300;

    /**
     * A metadata value cut to {@link #MAX_METADATA} characters with "…": PDF/A allows no string over
     * 32,767 bytes, and a session named before plan names had a limit could be longer than that.
     */
    static String shortened(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX_METADATA) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_METADATA - 1)) + "…";
    }

    /**
     * Starts reading the body fonts (two Chinese fonts of 10 MB, about 0.4 s in a fresh JVM) on a thread
     * of their own, so that it overlaps the caller's reading of the session from the workspace; the
     * document then finds them read, or waits for the rest. Once per run: they are kept.
     */
    public void prepareFonts() {
        synchronized (this) {
            if (regular != null || preparing) {
                return;
            }
            preparing = true;
        }
        Thread t = new Thread(() -> {
            try {
                loadFonts();
            } catch (IOException | RuntimeException e) {
                // the document reads them again itself and says what failed
            }
        }, "sortes-fonts");
        t.setDaemon(true);
        t.start();
    }

    private synchronized void loadFonts() throws IOException {
        if (regular == null) {
            regular = FontProgramFactory.createFont(resource("NotoSansSC-Regular.ttf"));
            bold = FontProgramFactory.createFont(resource("NotoSansSC-Bold.ttf"));
        }
    }

    /** The rare-character font, read the first time a character asks for it; null if none is found. */
    private synchronized FontProgram rareProgram() {
        if (!rareLooked) {
            rareLooked = true;
            for (Path place : rareFontPlaces()) {
                if (Files.isRegularFile(place)) {
                    try {
                        FontProgram candidate = FontProgramFactory.createFont(place.toString());
                        if (candidate.getFontNames().allowEmbedding()) {
                            rare = candidate;
                            break;
                        }
                    } catch (IOException | RuntimeException e) {
                        // not a usable font: the next place, or none
                    }
                }
            }
        }
        return rare;
    }

    /** The rare-character font if a document's text has needed it so far (for the layout), else null. */
    synchronized FontProgram rareIfRead() {
        return rare;
    }

    /**
     * Refuses, before anything is written, a document whose data holds a character no embedded font
     * shows: every text in the record (and the records, lists and maps it holds) is looked at. A line
     * break is allowed (the documents break lines there); other control characters are not.
     */
    void checkPrintable(Object data) throws IOException {
        loadFonts();
        walk(data, 0);
    }

    private void walk(Object o, int depth) {
        if (o == null || depth > 8) {
            return;
        }
        if (o instanceof CharSequence cs) {
            String text = cs.toString();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (c != '\n' && !printable(c)) {
                    throw new UnprintableTextException(text, c);
                }
                i += Character.charCount(c);
            }
        } else if (o instanceof java.util.Collection<?> items) {
            items.forEach(item -> walk(item, depth + 1));
        } else if (o instanceof java.util.Map<?, ?> map) {
            map.forEach((k, v) -> {
                walk(k, depth + 1);
                walk(v, depth + 1);
            });
        } else if (o.getClass().isRecord()) {
            for (java.lang.reflect.Method accessor : ACCESSORS.get(o.getClass())) {
                try {
                    walk(accessor.invoke(o), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + accessor, e);
                }
            }
        }
    }

    /** Each record type's accessors, looked up once: ten thousand targets are records of a few types. */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getAccessor).toArray(java.lang.reflect.Method[]::new);
        }
    };

    /**
     * What each character of the Basic Multilingual Plane was found to be, asked of the fonts once
     * (0: not asked, 1: printable, 2: not). Two documents written at once may both ask a character
     * and write the same answer.
     */
    private final byte[] printableBmp = new byte[0x10000];

    private boolean printable(int c) {
        if (c <= 0xFFFF && printableBmp[c] != 0) {
            return printableBmp[c] == 1;
        }
        // the bold face covers what the regular one does (Noto Sans SC)
        boolean printable = !Character.isISOControl(c)
                && (regular.getGlyph(c) != null || rareProgram() != null && rareProgram().getGlyph(c) != null);
        if (c <= 0xFFFF) {
            printableBmp[c] = (byte) (printable ? 1 : 2);
        }
        return printable;
    }

    /** The name of the font used for characters Noto Sans SC lacks, or empty when this machine has none. */
    public synchronized java.util.Optional<String> rareFont() throws IOException {
        loadFonts();
        return java.util.Optional.ofNullable(rareProgram()).map(f -> f.getFontNames().getFontName());
    }

    /** A bundled font file's bytes (assets/fonts, e.g. "NotoSansSC-Regular.ttf"). */
    static byte[] resource(String name) throws IOException {
        try (InputStream in = OfficialPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the build (assets/fonts)");
            }
            return in.readAllBytes();
        }
    }

    /** Embeds a file as an associated file of the document (PDF/A-3: relationship Data, MIME type, date). */
    private static void attach(PdfDocument pdf, Attachment a, String generatedAt) throws IOException {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.ModDate, new PdfDate(GregorianCalendar.from(
                OffsetDateTime.parse(generatedAt).toZonedDateTime())).getPdfObject());
        PdfFileSpec spec;
        if (a.zlib() != null && Files.isRegularFile(a.zlib())) {
            // already in the FlateDecode format: embedded as it is, with the size of what it inflates to
            params.put(PdfName.Size, new com.itextpdf.kernel.pdf.PdfNumber(Files.size(a.file())));
            com.itextpdf.kernel.pdf.PdfStream stream = new com.itextpdf.kernel.pdf.PdfStream(
                    Files.readAllBytes(a.zlib()), com.itextpdf.kernel.pdf.CompressionConstants.NO_COMPRESSION);
            stream.put(PdfName.Type, PdfName.EmbeddedFile);
            stream.put(PdfName.Subtype, new PdfName(a.mimeType()));
            stream.put(PdfName.Filter, PdfName.FlateDecode);
            stream.put(PdfName.Params, params);
            // the file specification as iText's createEmbeddedFileSpec makes it around its own stream
            PdfDictionary ef = new PdfDictionary();
            ef.put(PdfName.F, stream);
            ef.put(PdfName.UF, stream);
            PdfDictionary dict = new PdfDictionary();
            dict.put(PdfName.Type, PdfName.Filespec);
            dict.put(PdfName.AFRelationship, PdfName.Data);
            dict.put(PdfName.EF, ef);
            dict.put(PdfName.F, new com.itextpdf.kernel.pdf.PdfString(a.fileName()));
            dict.put(PdfName.UF, new com.itextpdf.kernel.pdf.PdfString(a.fileName(), com.itextpdf.io.font.PdfEncodings.UNICODE_BIG));
            spec = (PdfFileSpec) new com.itextpdf.kernel.pdf.filespec.PdfDictionaryFS(dict).makeIndirect(pdf);
        } else {
            try (InputStream in = Files.newInputStream(a.file())) {
                spec = PdfFileSpec.createEmbeddedFileSpec(pdf, in, a.description(), a.fileName(),
                        new PdfName(a.mimeType()), params, PdfName.Data);
            }
        }
        // iText writes the description in PDFDocEncoding, which has no Chinese: written again as UTF-16
        ((PdfDictionary) spec.getPdfObject()).put(PdfName.Desc, new com.itextpdf.kernel.pdf.PdfString(a.description(),
                com.itextpdf.io.font.PdfEncodings.UNICODE_BIG));
        pdf.addAssociatedFile(a.fileName(), spec);
    }

    /** The document's title and the line under it. */
    /** The issuing authority above the title: the departments that carry out the check. */
    static void authority(Document doc, java.util.List<String> departments) {
        doc.add(new Paragraph(String.join("　", departments)).setFontSize(12).setTextAlignment(TextAlignment.CENTER)
                .setMarginBottom(2));
    }

    static void title(Document doc, PdfFont heading, String title, String subtitle) {
        doc.add(new Paragraph(title).setFont(heading).setFontSize(17).setTextAlignment(TextAlignment.CENTER)
                .setMarginBottom(2));
        doc.add(new Paragraph(subtitle).setFontSize(11).setTextAlignment(TextAlignment.CENTER).setMarginBottom(10));
    }

    static void section(Document doc, PdfFont heading, String title) {
        doc.add(new Paragraph(title).setFont(heading).setFontSize(12).setMarginTop(12).setMarginBottom(4));
    }

    /** The page footer: session, commitment prefix and "page N of M", M filled in at the end. */
    private static final class Footer extends AbstractPdfDocumentEventHandler {
        private final PdfDocument pdf;
        private final PdfFont font;
        private final String line;
        private final String watermark;
        private final TextSetter text;
        private final PdfFormXObject total = new PdfFormXObject(new Rectangle(0, 0, 40, 12));

        Footer(PdfDocument pdf, PdfFont font, TextSetter text, String line, String watermark) {
            this.pdf = pdf;
            this.font = font;
            this.text = text;
            this.line = line;
            this.watermark = watermark;
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            // set straight on the canvas, not through the layout engine: this runs once a page, and the
            // letters have ten thousand of them
            PdfDocumentEvent e = (PdfDocumentEvent) event;
            PdfDocument pdf = e.getDocument();
            Rectangle size = e.getPage().getPageSize();
            int number = pdf.getPageNumber(e.getPage());
            if (watermark != null) {
                // behind the page's content, light grey, across the page: every page says it is a rehearsal
                PdfCanvas under = new PdfCanvas(e.getPage().newContentStreamBefore(), e.getPage().getResources(), pdf);
                float fontSize = 64;
                double angle = Math.PI / 4;
                float cos = (float) Math.cos(angle);
                float sin = (float) Math.sin(angle);
                float half = text.width(watermark, font, fontSize) / 2;
                float middle = fontSize * 0.35f; // from the baseline to the middle of a CJK glyph
                float x = size.getWidth() / 2 - half * cos + middle * sin;
                float y = size.getHeight() / 2 - half * sin - middle * cos;
                under.saveState().setFillColor(new com.itextpdf.kernel.colors.DeviceGray(0.85f)).beginText()
                        .setFontAndSize(font, fontSize).setTextMatrix(cos, sin, -sin, cos, x, y).showText(watermark)
                        .endText().restoreState();
                under.release();
            }
            // appended to the page's own content stream (a stream more per page is a compressor more per page);
            // what the page drew is closed off by its own save/restore
            PdfCanvas canvas = new PdfCanvas(e.getPage());
            canvas.saveState().setFillColor(ColorConstants.DARK_GRAY);
            // the line's foot at 30 points, as the page total's (set by the layout engine from its foot)
            float baseline = 30 + Sheet.SMALL * TextSetter.DESCENT;
            text.show(canvas, line, font, Sheet.SMALL, 42, baseline);
            String page = "第 " + number + " 页 / 共";
            text.show(canvas, page, font, Sheet.SMALL, size.getWidth() - 62 - text.width(page, font, Sheet.SMALL),
                    baseline);
            canvas.restoreState();
            canvas.addXObjectAt(total, size.getWidth() - 60, 30);
            canvas.release();
        }

        void writeTotal(int pages) {
            // on the footer's baseline: the form is placed with its foot on the line's foot
            PdfCanvas c = new PdfCanvas(total, pdf);
            c.saveState().setFillColor(ColorConstants.DARK_GRAY);
            text.show(c, pages + " 页", font, Sheet.SMALL, 0, Sheet.SMALL * TextSetter.DESCENT);
            c.restoreState().release();
        }
    }

    /** The number of pages of a PDF. */
    public static int pages(Path file) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(file.toFile()))) {
            return doc.getNumberOfPages();
        }
    }

    /** Hex in groups of four characters, to read aloud. */
    public static String grouped(String hex) {
        if (hex == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return sb.toString();
    }
}
