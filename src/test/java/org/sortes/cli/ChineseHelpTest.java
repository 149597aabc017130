package org.sortes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sortes.i18n.I18n;
import picocli.CommandLine;

/**
 * The command line's help in Chinese: every command, option and parameter of every command is
 * described in Chinese (a new option without its translation fails here), no placeholder of the
 * synopsis is an English word, and the descriptions stay in one column.
 */
class ChineseHelpTest {
    static final I18n ZH = I18n.forLanguage("zh");
    /** Words the help may keep: what is typed (commands, codes, encodings) and the names of formats. */
    static final Pattern ALLOWED = Pattern.compile("CSV|PDF/A-3b|PDF|JSON|Lines|ASCII|SQLite|PRAGMA|integrity_check|BOM"
            + "|UTF-8|utf-8|gbk|gb18030|auto|xlsx|Sortes|docs/[a-z-]+\\.md|[a-z]+(_[a-z]+)+|help|verify|register|export"
            + "|subjects|inspectors|items|departments|notary|media|discipline|other|secret-out|lists-beside|history"
            + "|correct|commit|deregistered|[\\w./-]+\\.db|COMMAND");

    @Test
    void everyCommandOptionAndParameter_isDescribedInChinese() {
        CommandLine root = SortesCli.build(new SortesCli((db, op) -> null, Path.of("w.db"), "王", true, ZH), null, ZH);
        List<String> english = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        assertTrue(all.size() > 40, "every command: " + all.size());
        for (CommandLine c : all) {
            CommandLine.Model.CommandSpec spec = c.getCommandSpec();
            check(spec.qualifiedName(), String.join(" ", spec.usageMessage().description()), english);
            for (CommandLine.Model.OptionSpec o : spec.options()) {
                check(spec.qualifiedName() + " " + o.longestName(), String.join(" ", o.description()), english);
            }
            for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
                check(spec.qualifiedName() + " " + p.paramLabel(), String.join(" ", p.description()), english);
            }
        }
        assertEquals(List.of(), english, "said in English");
    }

    @Test
    void theHelpPrinted_hasChinesePlaceholders_andOneColumnOfDescriptions() {
        for (String[] command : new String[][] {{"--help"}, {"entropy", "add", "--help"}, {"result", "record", "--help"},
                {"verify", "--help"}, {"import", "--help"}, {"audit", "list", "--help"}}) {
            StringWriter out = new StringWriter();
            int code = SortesCli.run(command, (db, op) -> null, Path.of("w.db"), "王", ZH, new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true));
            assertEquals(0, code);
            String text = out.toString();
            assertTrue(text.startsWith("用法：sortes"), text);
            Matcher placeholder = Pattern.compile("=([A-Z][A-Z.]+|<[a-z]+>)").matcher(text);
            List<String> left = new ArrayList<>();
            while (placeholder.find()) {
                if (!placeholder.group(1).equals("CSV")) {
                    left.add(placeholder.group(1));
                }
            }
            assertEquals(List.of(), left, "placeholders in English in " + String.join(" ", command));
            // each option's description starts in one column (a Chinese character takes two)
            java.util.Set<Integer> columns = new java.util.TreeSet<>();
            for (String line : text.split("\n")) {
                Matcher option = Pattern.compile("^(  -\\S, | {6})--\\S+(\\s{2,})\\S").matcher(line);
                if (option.find()) {
                    columns.add(ChineseHelp.columns(line.substring(0, option.end() - 1)));
                }
            }
            assertEquals(1, columns.size(), "descriptions in one column in " + String.join(" ", command) + ":\n" + text);
        }
    }

    private static void collect(CommandLine c, List<CommandLine> out) {
        out.add(c);
        c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, out));
    }

    private static void check(String where, String description, List<String> english) {
        String rest = ALLOWED.matcher(description).replaceAll("");
        if (!description.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)
                || Pattern.compile("[A-Za-z]{2,}").matcher(rest).find()) {
            english.add(where + ": " + description);
        }
    }
}
