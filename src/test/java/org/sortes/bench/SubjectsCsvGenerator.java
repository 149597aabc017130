package org.sortes.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.sortes.directory.Uscc;

/** Writes a large, valid subjects CSV for benchmarks: one SHA-256 per row supplies its variety. */
public final class SubjectsCsvGenerator {
    private static final String[] COUNTIES = {"620102", "620103", "620104", "620105", "620111", "620121", "620302",
        "620402", "620502", "620503", "620602", "620702", "620802", "620902", "621002", "621102"};
    private static final String[] WORDS = {"金城", "陇原", "丝路", "黄河", "祁连", "敦煌", "河西", "崆峒", "麦积", "伏羲",
        "飞天", "马家窑", "陇上", "天马", "鸿瑞", "华盛"};
    private static final String[] TRADES = {"商贸", "餐饮", "食品", "建材", "物流", "信息技术", "广告", "汽车维修"};
    private static final String[] INDUSTRIES = {"批发和零售业", "住宿和餐饮业", "制造业", "制造业", "交通运输、仓储和邮政业",
        "信息传输、软件和信息技术服务业", "租赁和商务服务业", "居民服务、修理和其他服务业"};
    private static final String[] RISK = {"A", "B", "B", "B", "C", "C", "D", "A"};

    private SubjectsCsvGenerator() {
    }

    public static void write(Path file, int rows) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("统一社会信用代码,名称,市场主体类型,行业,行政区划代码,住所,法定代表人,登记状态,成立日期,信用风险等级,"
                    + "经营异常名录,严重违法失信名单,投诉举报次数,上次检查日期,专项库\n");
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                byte[] h = sha.digest(("bench," + i).getBytes(StandardCharsets.US_ASCII));
                int b0 = h[0] & 0xff;
                int b1 = h[1] & 0xff;
                int b2 = h[2] & 0xff;
                String county = COUNTIES[b0 & 15];
                String first17 = "91" + county + String.format("%09d", i);
                int trade = b1 & 7;
                sb.setLength(0);
                sb.append(first17).append(Uscc.checkCharacter(first17)).append(',')
                        .append("甘肃").append(WORDS[b0 >> 4]).append(WORDS[b1 >> 4]).append(TRADES[trade]).append("有限公司")
                        .append(i).append(',')
                        .append("有限责任公司,").append(INDUSTRIES[trade]).append(',').append(county).append(',')
                        .append("甘肃省兰州市城关区庆阳路").append(1 + b2).append("号,")
                        .append("王").append(WORDS[b2 & 15].charAt(0)).append(',')
                        .append((b2 & 31) == 0 ? "注销" : "存续").append(',')
                        .append(2000 + (b0 % 25)).append('-').append(String.format("%02d", 1 + b1 % 12)).append('-')
                        .append(String.format("%02d", 1 + b2 % 28)).append(',')
                        .append(RISK[b2 & 7]).append(',')
                        .append((h[3] & 15) == 0 ? "是" : "否").append(',')
                        .append((h[3] & 0xff) == 0 ? "是" : "否").append(',')
                        .append(h[4] & 3).append(',')
                        .append((h[5] & 1) == 0 ? "" : "2024-0" + (1 + (h[5] & 0xff) % 9) + "-15").append(',')
                        .append(trade == 1 || trade == 2 ? "食品经营" : "").append('\n');
                w.write(sb.toString());
            }
        }
    }
}
