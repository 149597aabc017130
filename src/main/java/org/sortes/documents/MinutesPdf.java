package org.sortes.documents;

import static org.sortes.documents.Sheet.BODY;
import static org.sortes.documents.Sheet.SMALL;
import static org.sortes.documents.Sheet.cell;
import static org.sortes.documents.Sheet.fact;
import static org.sortes.documents.Sheet.facts;
import static org.sortes.documents.Sheet.fixed;
import static org.sortes.documents.Sheet.frozenFacts;
import static org.sortes.documents.Sheet.header;
import static org.sortes.documents.Sheet.planFacts;
import static org.sortes.documents.Sheet.row;
import static org.sortes.documents.Sheet.shown;
import static org.sortes.documents.Sheet.signature;
import static org.sortes.documents.Sheet.signatures;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Proof;

/**
 * Writes the minutes of a locked session (PDF/A-3b, Chinese) with the proof and its lists embedded
 * as associated files, so that the printed record and the file to check travel together.
 */
public final class MinutesPdf {
    private final OfficialPdf frame;

    public MinutesPdf(OfficialPdf frame) {
        this.frame = frame;
    }

    /**
     * Writes the minutes to out. progress gets the number of targets written so far; cancelled is
     * asked between targets and, when true, stops with CancellationException (nothing is kept by
     * the caller then).
     */
    public void write(Minutes m, OutputStream out, IntConsumer progress, BooleanSupplier cancelled) throws IOException {
        write(m, out, progress, cancelled, () -> { });
    }

    /**
     * As above; the attachments' files are read once the pages are set and attachmentsReady has
     * returned, so that they can be written meanwhile (their digests, printed in the pages, are known
     * before).
     */
    public void write(Minutes m, OutputStream out, IntConsumer progress, BooleanSupplier cancelled,
                      Runnable attachmentsReady) throws IOException {
        frame.checkPrintable(m); // before anything is written
        OfficialPdf.Info info = new OfficialPdf.Info("随机抽查现场抽取记录 场次 #" + m.sessionId() + " " + m.sessionName(),
                m.officer(), "commitment " + m.proof().commitment(),
                (m.rehearsal() ? "演练 · " : "") + "场次 #" + m.sessionId() + " · 证明文件 SHA-256 "
                        + m.attachments().stream().filter(a -> a.fileName().endsWith(".json")).map(Attachment::sha256)
                        .findFirst().orElse(m.proof().commitment()), m.generatedAt(), m.rehearsal());
        frame.write(out, info, m.attachments(), attachmentsReady,
                (OfficialPdf.MixedBody) (doc, heading, direct) -> new Body(m, doc, heading, direct, progress, cancelled).write());
    }

    /** The text of the minutes, section by section. */
    private static final class Body {
        private final Minutes m;
        private final Proof p;
        private final Document doc;
        private final PdfFont heading;
        private final PageCursor direct;
        private final IntConsumer progress;
        private final BooleanSupplier cancelled;

        Body(Minutes m, Document doc, PdfFont heading, PageCursor direct, IntConsumer progress,
             BooleanSupplier cancelled) {
            this.m = m;
            this.p = m.proof();
            this.doc = doc;
            this.heading = heading;
            this.direct = direct;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        void write() throws IOException {
            OfficialPdf.authority(doc, p.plan().departments());
            OfficialPdf.title(doc, heading, "“双随机、一公开”随机抽查现场抽取记录" + (m.rehearsal() ? "（演练）" : ""),
                    "场次 #" + m.sessionId() + "　" + m.sessionName());
            if (m.voidReason() != null) {
                doc.add(new Paragraph("本场次已作废。理由：" + m.voidReason() + "。以下抽取结果保留在案，不作为检查依据。")
                        .setFont(heading).setFontSize(BODY + 1).setBorder(new com.itextpdf.layout.borders.SolidBorder(1f))
                        .setPadding(6));
            }
            basics();
            snapshot();
            strata();
            commitment();
            results();
            trace();
            signing();
        }

        private void section(String title) {
            OfficialPdf.section(doc, heading, title);
        }

        private void basics() {
            section("一、基本信息");
            DrawPlan plan = p.plan();
            Table t = facts();
            planFacts(t, plan, m.officer(), m.items());
            fact(t, "回避规则", "申报的利害关系回避；同地区回避：" + (plan.avoidSameRegion() ? "是" : "否")
                    + "；上次检查人员回避：" + (plan.avoidLastInspector() ? "是" : "否"));
            Minutes.Stages s = m.stages();
            fact(t, "各阶段完成时间", "建立方案 " + shown(s.created()) + "\n冻结名单 " + shown(s.frozen())
                    + "\n公布承诺 " + shown(s.committed()) + "\n揭示密钥 " + shown(s.revealed())
                    + "\n抽取 " + shown(s.drawn()) + "\n锁定 " + shown(s.locked()) + dateNote(plan, s));
            doc.add(t);
        }

        /**
         * A line when the draw did not happen on the plan's session date: certificate validity and the
         * exclusions were judged on the plan's date, which the notary should see stated.
         */
        private static String dateNote(DrawPlan plan, Minutes.Stages s) {
            if (s.drawn() == null) {
                return "";
            }
            java.time.LocalDate drawn = java.time.OffsetDateTime.parse(s.drawn()).toLocalDate();
            return drawn.equals(plan.sessionDate()) ? "" : "\n注：实际抽取日期（" + drawn + "）与方案的抽签日期（"
                    + plan.sessionDate() + "）不同；执法证有效期和排除条件均按方案的抽签日期判断。";
        }

        private void snapshot() {
            section("二、冻结的名单");
            Table t = facts();
            frozenFacts(t, m.subjectsVersion(), m.candidateCount(), m.exclusions(), m.inspectorsVersion(), m.poolCount());
            fixed(t, "方案摘要", OfficialPdf.grouped(p.digests().plan()));
            fixed(t, "候选名单摘要", OfficialPdf.grouped(p.digests().candidates()));
            fixed(t, "人员名单摘要", OfficialPdf.grouped(p.digests().inspectors()));
            if (p.digests().register() != null) {
                fixed(t, "主体名录摘要", OfficialPdf.grouped(p.digests().register()));
            }
            doc.add(t);
            doc.add(new Paragraph("此前中止或作废的相关场次：").setMarginTop(6));
            doc.add(Sheet.earlier(m.earlier()));
        }

        private void strata() {
            section("三、分层与抽取数量");
            Table t = Sheet.strata(p.plan(), p.stratumSizes(), p.sampleSizes());
            doc.add(t);
            doc.add(new Paragraph("比例按候选主体数向上取整；层内每户被抽中的概率相同（抽取数 / 候选主体数）。")
                    .setFontSize(SMALL));
        }

        private void commitment() {
            section("四、承诺、现场随机数与揭示");
            Table t = facts();
            fixed(t, "承诺值（抽取前公布）", OfficialPdf.grouped(p.commitment()));
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
            fixed(r, "揭示的密钥", OfficialPdf.grouped(p.secret()));
            fact(r, "核对", "按公开的抽签协议由密钥与各项摘要重算承诺，与抽取前公布的承诺值一致（不一致时程序拒绝揭示）。");
            fact(r, "协议版本", p.protocol());
            // the seed is long and has no spaces: let it break anywhere rather than overflow the page
            // and never across two pages: it is read, and checked by verify, as one piece
            r.addCell(cell("种子", BODY).setBackgroundColor(new DeviceGray(0.93f)).setKeepTogether(true));
            r.addCell(new Cell().add(new Paragraph(p.seed()).setFontSize(SMALL)
                    .setSplitCharacters(new com.itextpdf.layout.splitting.BreakAllSplitCharacters())).setKeepTogether(true));
            fixed(r, "种子摘要", OfficialPdf.grouped(org.sortes.draw.Sha256.hex(p.seed())));
            doc.add(r.setMarginTop(6));
        }

        /** Share of the page's width of each column of the results, in percent. */
        private static final float[] RESULT_COLUMNS = {5, 20, 25, 9, 8, 33};

        /**
         * The results: tens of thousands of rows, so set straight on the pages (the layout engine took
         * most of the minutes' time on them), with the header on every page; a target's
         * row and the full ticket under it stay on one page. The text reads in the same order as
         * before (id, team's certificate numbers, then "签号" and the ticket), which verify checks.
         */
        private void results() throws IOException {
            TextSetter text = direct.text();
            PdfFont font = direct.font();
            float[] widths = new float[RESULT_COLUMNS.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = PageCursor.WIDTH * RESULT_COLUMNS[i] / 100;
            }
            // below what the layout set on its current page; the heading with the first rows, or on the next page
            com.itextpdf.layout.layout.LayoutArea area = doc.getRenderer().getCurrentArea();
            direct.continueOn(doc.getPdfDocument().getPage(area.getPageNumber()), area.getBBox().getTop());
            direct.gap(12);
            if (!direct.fits(120)) {
                direct.newPage();
            }
            direct.lines(List.of("五、抽取结果"), heading, 12, PageCursor.DEFAULT_LEADING, 0);
            direct.gap(4);
            long unstaffed = p.targets().stream().filter(x -> !x.staffed()).count();
            direct.lines(text.lines("共抽取检查对象 " + p.targets().size() + " 户，按签号从小到大排列；未能配齐检查组 "
                    + unstaffed + " 户。检查组中第一人为组长。", font, BODY, PageCursor.WIDTH, 0), BODY,
                    PageCursor.DEFAULT_LEADING, 0);
            List<String> labels = List.of("名次", "主体标识", "主体名称", "分层", "地区", "检查组（组长在前）");
            List<PageCursor.Cell> header = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                header.add(new PageCursor.Cell(text.lines(labels.get(i), font, SMALL + 1, widths[i] - 2 * PageCursor.PAD, 0),
                        SMALL + 1, null, new DeviceGray(0.85f), PageCursor.PAD));
            }
            float headerHeight = PageCursor.rowHeight(header);
            direct.row(widths, header);
            float[] whole = {PageCursor.WIDTH};
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
                String[] values = {String.valueOf(target.rank()), target.id(),
                        m.subjectNames().getOrDefault(target.id(), ""), stratum, target.region(), team.toString()};
                List<PageCursor.Cell> row = new ArrayList<>();
                for (int i = 0; i < values.length; i++) {
                    // the rank and the id smaller, the id on one line: read and searched as printed
                    float size = i < 2 ? SMALL : SMALL + 1;
                    row.add(new PageCursor.Cell(text.lines(values[i] == null ? "" : values[i], font, size,
                            widths[i] - 2 * PageCursor.PAD, 0), size));
                }
                // the full ticket under its row, to compare digit by digit with a re-run
                List<PageCursor.Cell> ticket = List.of(new PageCursor.Cell(text.lines("签号 " + target.ticket(), font,
                        SMALL - 1, PageCursor.WIDTH - 12, 0), SMALL - 1, ColorConstants.DARK_GRAY, null, 6));
                float height = PageCursor.rowHeight(row) + PageCursor.rowHeight(ticket);
                if (!direct.fits(height)) {
                    direct.newPage();
                    direct.row(widths, header);
                }
                if (direct.fits(height)) {
                    direct.row(widths, row);
                } else {
                    // taller than a page: it goes on on the next, under the header again
                    direct.tallRow(widths, row, () -> direct.row(widths, header));
                    if (!direct.fits(PageCursor.rowHeight(ticket))) {
                        direct.newPage();
                        direct.row(widths, header);
                    }
                }
                direct.row(whole, ticket);
                if (++written % 200 == 0) {
                    progress.accept(written);
                }
            }
            progress.accept(written);
            direct.finish();
            // the layout goes on after the pages set here
            doc.add(new AreaBreak(AreaBreakType.LAST_PAGE));
            doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        }

        private void trace() {
            section("六、审计与验证");
            Table t = facts();
            fixed(t, "锁定时审计链头", OfficialPdf.grouped(m.auditHead()));
            fact(t, "说明", "工作区的每项操作都是哈希链审计日志中的一个事件（每个事件含前一事件的哈希）。此链头即本场次"
                    + "锁定（lock）事件的哈希：“sortes audit verify”核对整条链，“sortes audit export”导出后可找到该事件与此处比对。");
            fact(t, "本记录生成时间", shown(m.generatedAt()));
            doc.add(t);
            doc.add(new Paragraph("本文件附带以下证明文件（PDF/A-3 关联文件），可用 PDF 阅读器的附件栏或 pdfdetach -saveall 取出：")
                    .setMarginTop(6));
            Table a = new Table(UnitValue.createPercentArray(new float[] {40, 60})).useAllAvailableWidth();
            header(a, "文件", "SHA-256");
            for (Attachment at : m.attachments()) {
                row(a, at.fileName(), OfficialPdf.grouped(at.sha256()));
            }
            doc.add(a);
            doc.add(new Paragraph("如何核验：取得本文件（电子版），用 Sortes 软件的“核验”菜单打开它，或运行命令"
                    + "“sortes verify 本文件.pdf”。程序从附件取出证明文件，按公开的抽签协议重新计算摘要、承诺、种子、抽取结果"
                    + "和检查组，并核对本记录各页所印内容；显示“核验通过（VALID）”即表示结果与协议重算一致、文件写成后未被改动，"
                    + "否则指出第一处不一致。纸质件可核对每页页脚所印证明文件摘要与下方二维码。").setFontSize(SMALL));
            if (!m.attachments().isEmpty()) {
                doc.add(qr("sortes session " + m.sessionId() + " proof sha256 " + proofSha256()).setMarginTop(6));
            }
        }

        /** The SHA-256 of the attached proof (the .json attachment). */
        private String proofSha256() {
            return m.attachments().stream().filter(a -> a.fileName().endsWith(".json")).map(Attachment::sha256)
                    .findFirst().orElse("");
        }

        /**
         * A QR code of text, 3.5 cm wide, at error correction M (15 % of it may be unreadable), as the
         * audience display's: it is read off paper that has been printed, signed, stamped and filed.
         */
        private com.itextpdf.layout.element.Image qr(String text) {
            com.itextpdf.barcodes.BarcodeQRCode code = new com.itextpdf.barcodes.BarcodeQRCode(text,
                    java.util.Map.of(com.itextpdf.barcodes.qrcode.EncodeHintType.CHARACTER_SET, "UTF-8",
                            com.itextpdf.barcodes.qrcode.EncodeHintType.ERROR_CORRECTION,
                            com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel.M));
            return new com.itextpdf.layout.element.Image(code.createFormXObject(ColorConstants.BLACK,
                    doc.getPdfDocument())).setWidth(100).setHeight(100);
        }

        private String proofName() {
            return m.attachments().isEmpty() ? "proof.json" : m.attachments().get(0).fileName();
        }

        private void signing() {
            section("七、签字");
            Table t = signatures();
            signature(t, "抽签人员：" + m.officer());
            for (Minutes.Observer ob : m.observers()) {
                signature(t, ob.roleLabel() + "：" + ob.name());
            }
            signature(t, "记录人：");
            signature(t, "日期：");
            signature(t, "（单位盖章）");
            doc.add(t);
        }
    }
}
