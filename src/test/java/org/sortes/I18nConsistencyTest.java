package org.sortes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sortes.directory.FieldIssue;
import org.sortes.directory.Register;

/** Every key exists in every bundle, and every key the code names exists. */
class I18nConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream("/org/sortes/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundles_sameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void aQuote_isSaidOnce_whetherOrNotValuesArePutIn() throws IOException {
        org.sortes.i18n.I18n english = new org.sortes.i18n.I18n(java.util.Locale.ENGLISH);
        assertEquals("the observer's name is required", english.get("draw.error.observerName"));
        String withValue = english.get("error.restore.noEffect", "b.zip");
        org.junit.jupiter.api.Assertions.assertTrue(withValue.contains("the workspace's tables"), withValue);
        for (String key : load("messages_en.properties").stringPropertyNames()) {
            org.junit.jupiter.api.Assertions.assertFalse(english.get(key).contains("''"), key);
        }
    }

    @Test
    void everyKeyUsedInCode_exists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("get\\(\"([a-zA-Z0-9_.]+)\"");
        // problem codes are keys too: "problem." + code
        Pattern problem = Pattern.compile("(?:fileError\\(|Severity\\.(?:ERROR|WARNING),\\s*)\"([a-z_]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).contains(".") && !m.group(1).endsWith(".") && !keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
                Matcher p = problem.matcher(Files.readString(f));
                while (p.find()) {
                    if (!keys.contains("problem." + p.group(1))) {
                        missing.add("problem." + p.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        for (FieldIssue issue : FieldIssue.values()) {
            if (!keys.contains("problem." + issue.name().toLowerCase(java.util.Locale.ROOT))) {
                missing.add("problem." + issue.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (Register r : Register.values()) {
            if (!keys.contains("register." + r.table())) {
                missing.add("register." + r.table());
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    /**
     * Every event type the services write is in {@link org.sortes.session.AuditEntry#TYPES} and has its
     * words: the audit tab shows no code where a word is due. The services are read as text, so a new
     * event type written anywhere without its words fails here.
     */
    @Test
    void everyAuditEventType_isListed_andSaid() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern written = Pattern.compile("(?:audit\\.event\\(|\\brecord\\(|\\.append\\(c, )\\s*"
                + "(?:[a-zA-Z]+ \\? )?\"([a-z.]+)\"(?: : \"([a-z.]+)\")?");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sortes/session"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = written.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                    if (m.group(2) != null) {
                        found.add(m.group(2));
                    }
                }
            }
        }
        assertTrue(found.size() >= 20, "the services' event types were not found: " + found);
        Set<String> unlisted = new TreeSet<>(found);
        unlisted.removeAll(org.sortes.session.AuditEntry.TYPES);
        assertTrue(unlisted.isEmpty(), "event types written but not listed in AuditEntry.TYPES: " + unlisted);
        for (String type : org.sortes.session.AuditEntry.TYPES) {
            assertTrue(keys.contains("audit.type." + type), "no words for the event type " + type);
        }
    }
}
