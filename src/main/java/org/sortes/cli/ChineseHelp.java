package org.sortes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The command line's help in Chinese: the commands' and options' descriptions and the headings from
 * help_zh.properties (picocli's resource bundle), and the placeholders of the synopsis (FILE, ID…)
 * in Chinese words. The options' names and the commands stay as they are typed.
 */
final class ChineseHelp {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        String[][] pairs = {
            {"FILE.jsonl", "日志.jsonl"}, {"PLAN.json", "方案.json"}, {"PROOF.json", "证明.json"},
            {"REGISTER.tsv", "名录.tsv"}, {"NOTICE.pdf", "公告.pdf"}, {"MINUTES.pdf", "记录.pdf"},
            {"LETTERS.pdf", "通知书.pdf"}, {"RESULTS.csv", "结果.csv"}, {"YYYY-MM-DD", "日期"},
            {"FILE", "文件"}, {"ID", "编号"}, {"NAME", "姓名"}, {"N", "数量"}, {"ENC", "编码"},
            {"REGISTER", "名录"}, {"ORG", "单位"}, {"HOW", "方式"}, {"HEX", "密钥"}, {"RANK", "名次"},
            {"PROOF", "证明文件"}, {"LISTS", "名单文件"}, {"FOLDER", "文件夹"}, {"CODE", "代码"}, {"TEXT", "说明"},
            {"REASON", "理由"}, {"COMMAND", "命令"}, {"<name>", "<姓名>"}, {"<role>", "<身份>"},
            {"<digits>", "<数字>"}, {"<value>", "<数值>"}, {"<decision>", "<决定>"}, {"<reason>", "<理由>"},
            {"<session>", "<场次>"}, {"<type>", "<类型>"}, {"<actor>", "<操作人>"}, {"<from>", "<起始>"},
            {"<to>", "<截止>"},
        };
        for (String[] p : pairs) {
            LABELS.put(p[0], p[1]);
        }
    }

    /** A placeholder as the usage text writes it: after "=" or a space, before a space, "]", ")", "." or the end. */
    private static final Pattern LABEL;

    static {
        StringBuilder alternatives = new StringBuilder();
        for (String label : LABELS.keySet()) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(label));
        }
        LABEL = Pattern.compile("(?<=[=\\s\\[(])(" + alternatives + ")(?=[\\s\\])\\[.]|\\.\\.\\.|$)",
                Pattern.MULTILINE);
    }

    private ChineseHelp() {
    }

    static void apply(CommandLine root) {
        try (InputStream in = ChineseHelp.class.getResourceAsStream("/org/sortes/cli/help_zh.properties")) {
            root.setResourceBundle(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        relabel(root);
    }

    private static void relabel(CommandLine cmd) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = cmd.getHelpSectionMap();
        for (String key : new String[] {CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST}) {
            CommandLine.IHelpSectionRenderer original = sections.get(key);
            if (original != null) {
                sections.put(key, help -> chinese(original.render(help)));
            }
        }
        cmd.setHelpSectionMap(sections);
        cmd.getSubcommands().values().stream().distinct().forEach(ChineseHelp::relabel);
    }

    /**
     * The text with its placeholders in Chinese. Where a placeholder stands in the options' column, the
     * spaces after it shrink or grow by what the new words take more or less on a terminal (a Chinese
     * character takes two columns), so that the descriptions stay aligned.
     */
    static String chinese(String text) {
        Matcher m = LABEL.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find(from)) {
            String replacement = LABELS.get(m.group(1));
            out.append(text, from, m.start()).append(replacement);
            int at = m.end();
            int grown = columns(replacement) - columns(m.group(1));
            int spaces = 0;
            while (at + spaces < text.length() && text.charAt(at + spaces) == ' ') {
                spaces++;
            }
            if (grown > 0 && spaces > grown) {
                at += grown; // the column after it keeps its place
            } else if (grown < 0 && spaces > 1) {
                out.append(" ".repeat(-grown));
            }
            from = at;
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    /** How many terminal columns a text takes: two for a CJK character, one for others. */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            n += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1;
            i += Character.charCount(c);
        }
        return n;
    }
}
