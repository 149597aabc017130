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
import org.sortes.draw.DrawPlan;

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

    /** The signature block: on one page, never split (a signature must sit beside what it signs). */
    static Table signatures() {
        return new Table(UnitValue.createPercentArray(new float[] {40, 60})).useAllAvailableWidth()
                .setKeepTogether(true);
    }

    /** The plan's arrangements: name, date, officer, items, departments, team. */
    static void planFacts(Table t, DrawPlan plan, String officer, java.util.List<Minutes.Item> items) {
        fact(t, "抽查方案", plan.name());
        fact(t, "抽签日期", plan.sessionDate().toString());
        fact(t, "抽签人员", officer);
        StringBuilder lines = new StringBuilder();
        for (Minutes.Item i : items) {
            lines.append(lines.length() == 0 ? "" : "\n").append(i.code()).append("　").append(i.name())
                    .append("（").append(i.department()).append("）");
        }
        fact(t, "抽查事项", lines.toString());
        fact(t, "检查部门", String.join("、", plan.departments()) + (plan.departments().size() > 1 ? "（联合检查）" : ""));
        fact(t, "检查组", "每个对象每部门 " + plan.membersPerDepartment() + " 人，共 "
                + plan.membersPerDepartment() * plan.departments().size() + " 人；先抽中者为组长");
        fact(t, "公共信标", plan.version() < 2 ? "（第 1 版协议：方案未事先声明）" : plan.beacon() == null
                ? "方案未声明，不使用公共信标"
                : "来源：" + plan.beacon().source() + "\n所用数值：" + plan.beacon().reference()
                + "\n（抽签前已声明，观察员录入数字之后才产生；现场只录入该数值）");
    }

    /**
     * The sessions abandoned or voided before: every later notice and minutes of a session with any of
     * the same items name them, their stage and their reason.
     */
    static Table earlier(java.util.List<Minutes.Earlier> earlier) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {10, 30, 14, 18, 28})).useAllAvailableWidth();
        header(t, "场次", "名称", "所处阶段", "状态", "理由");
        if (earlier.isEmpty()) {
            t.addCell(new Cell(1, 5).add(new Paragraph("无（一年内没有涉及相同抽查事项的中止或作废场次）")
                    .setFontSize(SMALL + 1)).setPadding(3));
        }
        for (Minutes.Earlier e : earlier) {
            row(t, "#" + e.sessionId(), e.name(), e.stage(), e.status(), e.reason());
        }
        // a few rows at most: never split a session's row across two pages
        return earlier.size() <= 12 ? t.setKeepTogether(true) : t;
    }

    /** The frozen population: directory versions, candidates, who was left out and why, the pool. */
    static void frozenFacts(Table t, long subjectsVersion, long candidates, java.util.List<Minutes.Exclusion> exclusions,
                            long inspectorsVersion, long pool) {
        fact(t, "市场主体名录", "第 " + subjectsVersion + " 版；候选主体 " + candidates + " 户");
        StringBuilder excluded = new StringBuilder();
        for (Minutes.Exclusion e : exclusions) {
            if (e.count() > 0) {
                excluded.append(excluded.length() == 0 ? "" : "；").append(e.reason()).append(" ").append(e.count());
            }
        }
        fact(t, "未列入候选", excluded.length() == 0 ? "无" : excluded.toString());
        fact(t, "执法检查人员名录", "第 " + inspectorsVersion + " 版；人员库 " + pool + " 人");
    }

    /** The strata with their rule, size and sample size. */
    static Table strata(DrawPlan plan, java.util.List<Integer> sizes, java.util.List<Integer> samples) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {6, 28, 18, 15, 13, 20})).useAllAvailableWidth();
        header(t, "序号", "分层", "比例或数量", "候选主体数", "抽取数", "每户被抽中的概率");
        for (int s = 0; s < plan.strata().size(); s++) {
            DrawPlan.Stratum st = plan.strata().get(s);
            String rule = st.count() != null ? "固定 " + st.count() + " 户" : "比例 " + percent(st.ratioBasisPoints());
            row(t, String.valueOf(s + 1), st.name(), rule, String.valueOf(sizes.get(s)), String.valueOf(samples.get(s)),
                    chance(samples.get(s), sizes.get(s)));
        }
        return t;
    }

    /**
     * k of n as printed, with the percentage to two decimals from integers (rounded half up):
     * "3/120（2.50%）", "1/3（约 33.33%）"; an empty stratum says why nothing is drawn from it.
     */
    static String chance(int k, int n) {
        if (n == 0) {
            return "无候选主体，不抽取";
        }
        long hundredths = ((long) k * 10_000 + n / 2) / n;
        String pct = hundredths / 100 + "." + String.format("%02d", hundredths % 100) + "%";
        return k + "/" + n + "（" + (hundredths * n == (long) k * 10_000 ? "" : "约 ") + pct + "）";
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
