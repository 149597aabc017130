package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Inspector;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.Register;
import org.sortes.directory.Uscc;
import org.sortes.directory.demo.DemoWorkspace;
import org.sortes.progress.Progress;
import org.sortes.testutil.TestWorkspace;

class DemoWorkspaceTest {

    @Test
    void subjects_sameSeed_sameData() {
        assertEquals(new DemoWorkspace(200).subjects(), new DemoWorkspace(200).subjects());
    }

    @Test
    void demo_looksReal() {
        DemoWorkspace demo = DemoWorkspace.standard();
        List<MarketSubject> subjects = demo.subjects().stream().map(MarketSubject::from).toList();
        assertEquals(3000, subjects.size());
        assertTrue(subjects.stream().filter(s -> s.uscc() != null).allMatch(s -> Uscc.check(s.uscc()) == Uscc.Check.VALID));
        assertTrue(subjects.stream().allMatch(s -> s.regionCode().startsWith("62")));
        assertTrue(subjects.stream().filter(MarketSubject::abnormalOperations).count() > 20);
        assertEquals(4, subjects.stream().map(MarketSubject::riskClass).distinct().count());
        assertTrue(subjects.stream().map(MarketSubject::subjectType).distinct().count() >= 4);
        List<Inspector> inspectors = demo.inspectors(demo.subjects()).stream().map(Inspector::from).toList();
        assertTrue(inspectors.stream().map(Inspector::department).distinct().count() >= 3);
        assertTrue(inspectors.stream().anyMatch(i -> !i.certificateValidOn(DemoWorkspace.AS_OF)));
        assertEquals(8, demo.items().size());
        assertTrue(demo.items().stream().allMatch(i -> i.get("legal_basis") != null));
        assertEquals(inspectors.size(), inspectors.stream().map(Inspector::certificateNo).collect(Collectors.toSet()).size());
    }

    @Test
    void createDemo_onlyIntoEmptyWorkspace(@TempDir Path dir) {
        try (TestWorkspace ws = new TestWorkspace(dir)) {
            ws.directory.createDemo(Progress.NONE);
            assertEquals(3000, ws.directory.counts().get(Register.SUBJECTS));
            assertEquals(4, ws.directory.counts().get(Register.DEPARTMENTS));
            assertThrows(org.sortes.session.Refusal.class, () -> ws.directory.createDemo(Progress.NONE));
            DirectoryRecord any = ws.directory.query(org.sortes.directory.RegisterQuery.all(Register.ITEMS)).rows().get(0);
            assertTrue(any.get("department").startsWith("甘肃省"));
        }
    }
}
