package org.sortes.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Proof;

/**
 * Writes the minutes of a locked session as PDF/A-3b, in Chinese, with the proof and its lists
 * embedded as associated files, so that the printed record and the file to check travel together.
 * Fonts are embedded (subset) because PDF/A requires it; they are loaded once per writer.
 */
public final class MinutesPdf {
    /** Where the build puts assets/fonts (see assets/fonts/README.md). */
    private static final String FONTS = "/org/sortes/documents/fonts/";
    private static final float BODY = 10f;
    private static final float SMALL = 8f;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    private FontProgram regular;
    private FontProgram bold;

    /**
     * Writes the minutes to out. progress gets the number of targets written so far; cancelled is
     * asked between targets and, when true, stops with CancellationException (nothing is kept by
     * the caller then).
     */
    public void write(Minutes m, OutputStream out, IntConsumer progress, BooleanSupplier cancelled) throws IOException {
        loadFonts();
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        try (PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
             PdfDocument pdf = new com.itextpdf.pdfa.PdfADocument(writer, PdfAConformance.PDF_A_3B, intent)) {
            PdfFont font = PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont heading = PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            pdf.getDocumentInfo().setTitle("随机抽查现场抽取记录 场次 #" + m.sessionId() + " " + m.sessionName());
            pdf.getDocumentInfo().setAuthor(m.officer());
            pdf.getDocumentInfo().setCreator("Sortes");
            pdf.getDocumentInfo().setKeywords("commitment " + m.proof().commitment());
            for (Minutes.Attachment a : m.attachments()) {
                attach(pdf, a, m.generatedAt());
            }
            Footer footer = new Footer(pdf, font, "场次 #" + m.sessionId() + " · 承诺 "
                    + m.proof().commitment().substring(0, 16) + "…");
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
            try (Document doc = new Document(pdf, PageSize.A4)) {
                doc.setFont(font).setFontSize(BODY);
                doc.setMargins(48, 42, 56, 42);
                new Body(m, doc, heading, progress, cancelled).write();
                footer.writeTotal(pdf.getNumberOfPages());
            }
        }
    }

    private synchronized void loadFonts() throws IOException {
        if (regular == null) {
            regular = FontProgramFactory.createFont(resource("NotoSansSC-Regular.ttf"));
            bold = FontProgramFactory.createFont(resource("NotoSansSC-Bold.ttf"));
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the build (assets/fonts)");
            }
            return in.readAllBytes();
        }
    }

    /** Embeds a file as an associated file of the document (PDF/A-3: relationship Data, MIME type, dates). */
    private static void attach(PdfDocument pdf, Minutes.Attachment a, String generatedAt) throws IOException {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.ModDate, new com.itextpdf.kernel.pdf.PdfDate(java.util.GregorianCalendar.from(
                OffsetDateTime.parse(generatedAt).toZonedDateTime())).getPdfObject());
        PdfFileSpec spec;
        try (InputStream in = Files.newInputStream(a.file())) {
            spec = PdfFileSpec.createEmbeddedFileSpec(pdf, in, a.description(), a.fileName(),
                    new PdfName(a.mimeType()), params, PdfName.Data);
        }
        pdf.addAssociatedFile(a.fileName(), spec);
    }

    /** The page footer: session, commitment prefix and "page N of M", M filled in at the end. */
    private static final class Footer extends AbstractPdfDocumentEventHandler {
        private final PdfDocument pdf;
        private final PdfFont font;
        private final String text;
        private final PdfFormXObject total = new PdfFormXObject(new Rectangle(0, 0, 40, 12));

        Footer(PdfDocument pdf, PdfFont font, String text) {
            this.pdf = pdf;
            this.font = font;
            this.text = text;
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfDocumentEvent e = (PdfDocumentEvent) event;
            PdfDocument pdf = e.getDocument();
            Rectangle size = e.getPage().getPageSize();
            int number = pdf.getPageNumber(e.getPage());
            PdfCanvas canvas = new PdfCanvas(e.getPage().newContentStreamAfter(), e.getPage().getResources(), pdf);
            try (Canvas c = new Canvas(canvas, size)) {
                c.setFont(font).setFontSize(SMALL).setFontColor(ColorConstants.DARK_GRAY);
                c.showTextAligned(text, 42, 30, TextAlignment.LEFT);
                c.showTextAligned("第 " + number + " 页 / 共", size.getWidth() - 62, 30, TextAlignment.RIGHT);
            }
            canvas.addXObjectAt(total, size.getWidth() - 60, 30);
            canvas.release();
        }

        void writeTotal(int pages) {
            try (Canvas c = new Canvas(total, pdf)) {
                c.setFont(font).setFontSize(SMALL).setFontColor(ColorConstants.DARK_GRAY);
                c.showTextAligned(pages + " 页", 0, 0, TextAlignment.LEFT);
            }
        }
    }

    /** The text of the minutes, section by section. */
    private static final class Body {
        private final Minutes m;
        private final Proof p;
        private final Document doc;
        private final PdfFont heading;
        private final IntConsumer progress;
        private final BooleanSupplier cancelled;

        Body(Minutes m, Document doc, PdfFont heading, IntConsumer progress, BooleanSupplier cancelled) {
            this.m = m;
            this.p = m.proof();
            this.doc = doc;
            this.heading = heading;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        void write() {
            doc.add(new Paragraph("“双随机、一公开”随机抽查现场抽取记录").setFont(heading).setFontSize(17)
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(2));
            doc.add(new Paragraph("场次 #" + m.sessionId() + "　" + m.sessionName()).setFontSize(11)
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(10));
            basics();
            snapshot();
            strata();
            commitment();
            results();
            trace();
            signatures();
        }

        private void section(String title) {
            doc.add(new Paragraph(title).setFont(heading).setFontSize(12).setMarginTop(12).setMarginBottom(4));
        }

        private void basics() {
            section("一、基本信息");
            DrawPlan plan = p.plan();
            Table t = facts();
            fact(t, "抽查方案", plan.name());
            fact(t, "抽取日期", plan.sessionDate().toString());
            fact(t, "抽取人员", m.officer());
            StringBuilder items = new StringBuilder();
            for (Minutes.Item i : m.items()) {
                items.append(items.length() == 0 ? "" : "\n").append(i.code()).append("　").append(i.name())
                        .append("（").append(i.department()).append("）");
            }
            fact(t, "抽查事项", items.toString());
            fact(t, "检查部门", String.join("、", plan.departments()) + (plan.departments().size() > 1 ? "（联合检查）" : ""));
            fact(t, "检查组", "每个对象每部门 " + plan.membersPerDepartment() + " 人，共 "
                    + plan.membersPerDepartment() * plan.departments().size() + " 人；先抽中者为组长");
            fact(t, "回避规则", "申报的利害关系回避；同地区回避：" + (plan.avoidSameRegion() ? "是" : "否")
                    + "；上次检查人员回避：" + (plan.avoidLastInspector() ? "是" : "否"));
            Minutes.Stages s = m.stages();
            fact(t, "各阶段完成时间", "建立方案 " + shown(s.created()) + "\n冻结名单 " + shown(s.frozen())
                    + "\n公布承诺 " + shown(s.committed()) + "\n揭示密钥 " + shown(s.revealed())
                    + "\n抽取 " + shown(s.drawn()) + "\n锁定 " + shown(s.locked()));
            doc.add(t);
        }

        private void snapshot() {
            section("二、冻结的名单");
            Table t = facts();
            fact(t, "市场主体名录", "第 " + m.subjectsVersion() + " 版；候选主体 " + m.candidateCount() + " 户");
            StringBuilder excluded = new StringBuilder();
            for (Minutes.Exclusion e : m.exclusions()) {
                if (e.count() > 0) {
                    excluded.append(excluded.length() == 0 ? "" : "；").append(e.reason()).append(" ").append(e.count());
                }
            }
            fact(t, "未列入候选", excluded.length() == 0 ? "无" : excluded.toString());
            fact(t, "执法检查人员名录", "第 " + m.inspectorsVersion() + " 版；人员库 " + m.poolCount() + " 人");
            fixed(t, "方案摘要", grouped(p.digests().plan()));
            fixed(t, "候选名单摘要", grouped(p.digests().candidates()));
            fixed(t, "人员名单摘要", grouped(p.digests().inspectors()));
            doc.add(t);
        }

        private void strata() {
            section("三、分层与抽取数量");
            Table t = new Table(UnitValue.createPercentArray(new float[] {6, 34, 22, 19, 19})).useAllAvailableWidth();
            header(t, "序号", "分层", "比例或数量", "候选主体数", "抽取数");
            List<DrawPlan.Stratum> strata = p.plan().strata();
            for (int s = 0; s < strata.size(); s++) {
                DrawPlan.Stratum st = strata.get(s);
                String rule = st.count() != null ? "固定 " + st.count() + " 户" : "比例 " + percent(st.ratioBasisPoints());
                row(t, String.valueOf(s + 1), st.name(), rule, String.valueOf(p.stratumSizes().get(s)),
                        String.valueOf(p.sampleSizes().get(s)));
            }
            doc.add(t);
            doc.add(new Paragraph("比例按候选主体数向上取整。").setFontSize(SMALL));
        }

        private void commitment() {
            section("四、承诺、现场随机数与揭示");
            Table t = facts();
            fixed(t, "承诺值（抽取前公布）", grouped(p.commitment()));
            doc.add(t);
            doc.add(new Paragraph("观察员当场录入的随机数字：").setMarginTop(6));
            Table o = new Table(UnitValue.createPercentArray(new float[] {6, 18, 16, 40, 20})).useAllAvailableWidth();
            header(o, "序号", "姓名", "身份", "数字", "录入时间");
            int n = 0;
            for (Minutes.Observer ob : m.observers()) {
                row(o, String.valueOf(++n), ob.name(), ob.roleLabel(), ob.digits(), shown(ob.enteredAt()));
            }
            doc.add(o);
            Table r = facts();
            fact(r, "公共信标", p.beaconValue() == null ? "未使用" : p.beaconValue() + "（来源：" + p.beaconSource() + "）");
            fixed(r, "揭示的密钥", grouped(p.secret()));
            fact(r, "核对", "按 docs/protocol.md 由密钥与三项摘要重算承诺，与抽取前公布的承诺值一致（不一致时程序拒绝揭示）。");
            fact(r, "协议版本", p.protocol());
            // the seed is long and has no spaces: let it break anywhere rather than overflow the page
            r.addCell(cell("种子", BODY).setBackgroundColor(new DeviceGray(0.93f)));
            r.addCell(new Cell().add(new Paragraph(p.seed()).setFontSize(SMALL)
                    .setSplitCharacters(new com.itextpdf.layout.splitting.BreakAllSplitCharacters())));
            fixed(r, "种子摘要", grouped(org.sortes.draw.Sha256.hex(p.seed())));
            doc.add(r.setMarginTop(6));
        }

        private void results() {
            section("五、抽取结果");
            long unstaffed = p.targets().stream().filter(x -> !x.staffed()).count();
            doc.add(new Paragraph("共抽取检查对象 " + p.targets().size() + " 户，按签号从小到大排列；未能配齐检查组 "
                    + unstaffed + " 户。检查组中第一人为组长。"));
            // large-table mode: rows are flushed page by page, so tens of thousands of targets fit in memory
            Table t = new Table(UnitValue.createPercentArray(new float[] {5, 20, 25, 9, 8, 33}), true)
                    .useAllAvailableWidth();
            header(t, "名次", "主体标识", "主体名称", "分层", "地区", "检查组（组长在前）");
            doc.add(t);
            int written = 0;
            boolean jointCheck = p.plan().departments().size() > 1;
            for (DrawResult.Target target : p.targets()) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("minutes cancelled");
                }
                String stratum = p.plan().strata().get(target.stratum()).name();
                StringBuilder team = new StringBuilder();
                String department = null;
                for (DrawResult.Member member : target.team()) {
                    // a joint check lists its members under their departments, in the order drawn
                    if (jointCheck && !member.department().equals(department)) {
                        department = member.department();
                        team.append(team.length() == 0 ? "" : "\n").append("【").append(department).append("】");
                    }
                    team.append(team.length() == 0 ? "" : "\n").append(member.name()).append("　")
                            .append(member.certificateNo());
                }
                if (!target.staffed()) {
                    DrawResult.Shortfall s = target.shortfall();
                    team.append("未配齐检查组（").append(s.department()).append("：符合条件 ").append(s.eligible())
                            .append(" 人，需 ").append(s.needed()).append(" 人）");
                    String decision = m.decisions().get(target.rank());
                    team.append("\n处理决定：").append(decision == null ? "—" : decision);
                }
                t.addCell(cell(String.valueOf(target.rank()), SMALL));
                // the id on one line, so that it can be read and searched as printed
                t.addCell(cell(target.id(), SMALL));
                row(t, m.subjectNames().getOrDefault(target.id(), ""), stratum, target.region(), team.toString());
                // the full ticket, under its row, so that it can be compared digit by digit with a re-run
                t.addCell(new Cell(1, 6).add(new Paragraph("签号 " + target.ticket()).setFontSize(SMALL - 1))
                        .setFontColor(ColorConstants.DARK_GRAY).setPadding(2).setPaddingLeft(6));
                if (++written % 200 == 0) {
                    t.flush();
                    progress.accept(written);
                }
            }
            t.complete();
            progress.accept(written);
        }

        private void trace() {
            section("六、审计与验证");
            Table t = facts();
            fixed(t, "锁定时审计链头", grouped(m.auditHead()));
            fact(t, "说明", "工作区的每项操作都是哈希链审计日志中的一个事件（每个事件含前一事件的哈希）。此链头即本场次"
                    + "锁定（lock）事件的哈希：“sortes audit verify”核对整条链，“sortes audit export”导出后可找到该事件与此处比对。");
            fact(t, "本记录生成时间", shown(m.generatedAt()));
            doc.add(t);
            doc.add(new Paragraph("本文件附带以下证明文件（PDF/A-3 关联文件），可用 PDF 阅读器的附件栏或 pdfdetach -saveall 取出：")
                    .setMarginTop(6));
            Table a = new Table(UnitValue.createPercentArray(new float[] {40, 60})).useAllAvailableWidth();
            header(a, "文件", "SHA-256");
            for (Minutes.Attachment at : m.attachments()) {
                row(a, at.fileName(), grouped(at.sha256()));
            }
            doc.add(a);
            doc.add(new Paragraph("任何人可用“sortes verify 本文件.pdf”，或取出附件后用“sortes verify " + proofName()
                    + "”、独立参考实现 docs/reference/sortes_verify.py，按 docs/protocol.md 重新计算摘要、承诺、种子、"
                    + "抽取结果与检查组并与本记录核对。").setFontSize(SMALL));
        }

        private String proofName() {
            return m.attachments().isEmpty() ? "proof.json" : m.attachments().get(0).fileName();
        }

        private void signatures() {
            section("七、签字");
            Table t = new Table(UnitValue.createPercentArray(new float[] {40, 60})).useAllAvailableWidth();
            signature(t, "抽取人员：" + m.officer());
            for (Minutes.Observer ob : m.observers()) {
                signature(t, ob.roleLabel() + "：" + ob.name());
            }
            signature(t, "记录人：");
            signature(t, "日期：");
            doc.add(t);
        }

        private static void signature(Table t, String who) {
            t.addCell(new Cell().add(new Paragraph(who)).setBorder(Border.NO_BORDER).setPaddingTop(14));
            t.addCell(new Cell().add(new Paragraph(" ")).setBorder(Border.NO_BORDER)
                    .setBorderBottom(new SolidBorder(0.6f)).setPaddingTop(14));
        }

        private static Table facts() {
            return new Table(UnitValue.createPercentArray(new float[] {24, 76})).useAllAvailableWidth();
        }

        private static void fact(Table t, String label, String value) {
            t.addCell(cell(label, BODY).setBackgroundColor(new DeviceGray(0.93f)));
            t.addCell(cell(value == null ? "" : value, BODY));
        }

        /** A value to read aloud and compare character by character. */
        private static void fixed(Table t, String label, String value) {
            t.addCell(cell(label, BODY).setBackgroundColor(new DeviceGray(0.93f)));
            t.addCell(new Cell().add(new Paragraph(new Text(value)).setFontSize(BODY).setCharacterSpacing(0.4f)));
        }

        private static void header(Table t, String... labels) {
            for (String l : labels) {
                t.addHeaderCell(cell(l, SMALL + 1).setBackgroundColor(new DeviceGray(0.85f)));
            }
        }

        private static void row(Table t, String... values) {
            for (String v : values) {
                t.addCell(cell(v, SMALL + 1));
            }
        }

        private static Cell cell(String text, float size) {
            return new Cell().add(new Paragraph(text).setFontSize(size).setMultipliedLeading(1.15f)).setPadding(3);
        }

        private static String shown(String iso) {
            if (iso == null) {
                return "—";
            }
            return OffsetDateTime.parse(iso).format(SHOWN);
        }

        /** Basis points as a percentage, integers only: 350 → "3.5%", 10000 → "100%". */
        static String percent(int bp) {
            String s = bp / 100 + "." + String.format("%02d", bp % 100);
            s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
            return s + "%";
        }
    }

    /** The number of pages of a PDF written here. */
    public static int pages(java.nio.file.Path file) throws IOException {
        try (PdfDocument doc = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(file.toFile()))) {
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
