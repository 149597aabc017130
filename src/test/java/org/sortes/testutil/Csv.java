package org.sortes.testutil;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small CSV files for tests. */
public final class Csv {
    private Csv() {
    }

    public static Path write(Path dir, String name, Charset charset, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
        return file;
    }

    public static final String SUBJECT_HEADER =
            "统一社会信用代码,名称,市场主体类型,行业,行政区划代码,登记状态,成立日期,信用风险等级,经营异常名录,严重违法失信名单,投诉举报次数";

    /** A valid subject row with a correct USCC built from a number. */
    public static String subject(int n, String name) {
        String first17 = "916201" + "02" + String.format("%09d", n);
        return first17 + org.sortes.directory.Uscc.checkCharacter(first17) + "," + name
                + ",有限责任公司,批发和零售业,620102,存续,2015-06-01,B,否,否,0";
    }

    public static String uscc(int n) {
        String first17 = "916201" + "02" + String.format("%09d", n);
        return first17 + org.sortes.directory.Uscc.checkCharacter(first17);
    }
}
