package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.testutil.Sessions;

/**
 * Refusals of hostile files said in the user's language: for plans, proofs, minutes, secret slips and
 * backups, the Chinese message names the file and what is wrong, and holds no English word that the
 * file itself did not bring (a library's "Unexpected end-of-input", "StreamReadConstraints", "Input
 * length = 1", "[SQLITE_NOTADB]" was shown before).
 */
class RefusalWordsTest {
    static final I18n ZH = new I18n(I18n.CHINESE);
    /** Names of formats and of the program, which Chinese text uses as they are. */
    static final List<String> FORMAT_NAMES = List.of("JSON", "PDF", "CSV", "Excel", "SHA", "UTF", "Sortes", "SQLite");
    static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    @TempDir
    static Path dir;
    static WorkspaceServices services;

    @BeforeAll
    static void workspace() {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Path file(String name, String text) throws Exception {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The message with the file's name and format names taken out: what is left must be Chinese. */
    private static void assertSaidInChinese(Path input, Throwable refusal, List<String> problems) throws Exception {
        // a field of the format is named as it is spelled, in quotes: “plan”
        String message = ZH.explain(refusal).replace(input.toString(), "").replace(input.getFileName().toString(), "")
                .replaceAll("“[A-Za-z][A-Za-z0-9_.\\[\\]]*”", "“”");
        String brought = Files.isRegularFile(input) && Files.size(input) < 100_000
                ? new String(Files.readAllBytes(input), StandardCharsets.UTF_8) : "";
        Matcher m = WORD.matcher(message);
        while (m.find()) {
            String word = m.group();
            if (FORMAT_NAMES.stream().noneMatch(word::startsWith) && !brought.contains(word)) {
                problems.add(input.getFileName() + ": \"" + word + "\" in " + message);
            }
        }
        if (!message.matches("(?s).*\\p{IsHan}.*")) {
            problems.add(input.getFileName() + ": no Chinese in " + message);
        }
    }

    @Test
    void hostilePlansProofsSlipsAndBackups_refusedInChinese() throws Exception {
        Map<Path, org.junit.jupiter.api.function.Executable> cases = new LinkedHashMap<>();
        Path[] plans = {
            file("unclosed.json", "{\"name\": \"x\", \"items\": ["),
            file("deep.json", "[".repeat(5000) + "]".repeat(5000)),
            file("utf16.json", new byte[] {(byte) 0xff, (byte) 0xfe, '{', 0, '}', 0}),
            file("huge.json", "{\"name\":\"" + "x".repeat(1_200_000) + "\"}"),
            file("array.json", "[1, 2, 3]"),
            file("baddate.json", "{\"name\":\"a\",\"sessionDate\":\"2026-13-45\",\"items\":[\"SJ-002\"],"
                    + "\"strata\":[{\"name\":\"a\",\"count\":1,\"rule\":{}}]}"),
            dir,
        };
        for (Path p : plans) {
            cases.put(p, () -> services.draw().preview(PlanJson.readFile(p), org.sortes.progress.Progress.NONE));
        }
        Path[] proofs = {
            file("cut.proof.json", "{\"protocol\":"),
            file("nested.proof.json", "[".repeat(5000) + "]".repeat(5000)),
            file("bom16.proof.json", new byte[] {(byte) 0xff, (byte) 0xfe, '{', 0, '}', 0}),
            file("plan5.proof.json", "{\"protocol\":\"sortes-draw/2\",\"plan\":5}"),
            file("bare.proof.json", "{\"protocol\":\"sortes-draw/2\"}"),
            file("text.pdf", "not a pdf at all"),
            file("broken.pdf", "%PDF-1.7\n garbage without a trailer"),
        };
        for (Path p : proofs) {
            cases.put(p, () -> ProofVerification.check(p, List.of()));
        }
        Path slip = file("slip.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        cases.put(slip, () -> SecretSlip.read(slip));
        Path[] backups = {
            file("junk.db", "this is not a database"),
            file("empty.db", new byte[0]),
            file("truncated.db", java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve("w.db")), 8192)),
        };
        for (Path p : backups) {
            cases.put(p, () -> services.integrity().restore(p));
        }
        // a document written where no file can be: under a path whose "folder" is a file
        long session = Sessions.committed(services.draw(), Sessions.demoPlan()).id();
        Path blocked = file("not-a-folder", "a plain file").resolve("notice.pdf");
        cases.put(blocked, () -> services.documents().notice(session, blocked));
        Path folder = Files.createDirectories(dir.resolve("a folder.db"));
        cases.put(folder, () -> services.integrity().restore(folder));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, org.junit.jupiter.api.function.Executable> c : cases.entrySet()) {
            Throwable refusal = assertThrows(Throwable.class, c.getValue(), c.getKey() + " was accepted");
            assertFalse(refusal instanceof Error, c.getKey() + ": " + refusal);
            assertSaidInChinese(c.getKey(), refusal, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(ZH.explain(assertThrows(Throwable.class, () -> services.integrity().restore(folder)))
                .contains("文件夹"), "a folder is called a folder, not missing");
    }
}
