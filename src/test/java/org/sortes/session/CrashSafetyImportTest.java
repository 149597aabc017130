package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sortes.app.WorkspaceServices;
import org.sortes.directory.Register;
import org.sortes.testutil.Csv;

/** Imports killed at random moments: the register holds the version before or the whole new one. */
class CrashSafetyImportTest extends CrashSafety {
    static final int IMPORT_KILLS = 10;
    /** Rows of the imported file: an import of them takes a child a few seconds, long enough to be cut. */
    static final int IMPORT_ROWS = 30_000;

    @Test
    void importKilledAtRandomMoments_beforeOrAfterNeverHalf() throws Exception {
        Path db = dir.resolve("w.db");
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER);
        for (int i = 0; i < IMPORT_ROWS; i++) {
            lines.add(Csv.subject(i, "崩溃测试商贸有限公司" + i));
        }
        Path csv = Csv.write(dir, "big.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
        Random random = new Random(20261126);
        int survived = 0;
        int before = 0;
        int killedMidImport = 0;
        for (int k = 0; k < IMPORT_KILLS; k++) {
            long versionsBefore;
            long countBefore;
            try (WorkspaceServices s = open(db)) {
                versionsBefore = s.directory().versions(Register.SUBJECTS).size();
                countBefore = s.directory().counts().get(Register.SUBJECTS);
            }
            // alternate between a fresh load and a second version that changes every name
            Path file = csv;
            if (k % 2 == 1) {
                file = dir.resolve("changed-" + k + ".csv");
                Files.writeString(file, Files.readString(csv).replace("崩溃测试", "改名" + k), StandardCharsets.UTF_8);
            }
            Process p = child("org.sortes.app.Launcher", "--db", db.toString(), "import", "subjects", file.toString());
            boolean landed = killLater(p, 500 + random.nextInt(k % 2 == 0 ? 1300 : 3000));
            try (WorkspaceServices s = open(db)) {
                assertSound(s);
                long versions = s.directory().versions(Register.SUBJECTS).size();
                long count = s.directory().counts().get(Register.SUBJECTS);
                assertTrue(versions == versionsBefore || versions == versionsBefore + 1, "versions " + versions);
                if (versions == versionsBefore) {
                    before++;
                    killedMidImport += landed ? 1 : 0;
                    assertEquals(countBefore, count, "before: nothing of the import is visible");
                } else {
                    assertEquals(IMPORT_ROWS, count, "after: the whole import is visible");
                }
                survived++;
            }
        }
        assertEquals(IMPORT_KILLS, survived);
        // the test means something only if kills interrupted imports that were under way
        assertTrue(killedMidImport > 0, "no kill landed inside an import");
        System.out.printf("import kills: %d, workspace sound every time; %d left the state before (%d of them"
                + " killed mid-import), %d after%n", IMPORT_KILLS, before, killedMidImport, IMPORT_KILLS - before);
    }
}
