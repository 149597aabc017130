package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/** A rehearsal (演练) runs like a session, is marked everywhere and never counts. */
class RehearsalTest {
    @TempDir
    Path dir;

    @Test
    void rehearsal_markedOnEveryDocument_neverCountedForExclusionsOrResults_recordedAsSuch() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员")) {
            DrawService draw = s.draw();
            long id = draw.createRehearsal(Sessions.demoPlan());
            assertTrue(draw.session(id).rehearsal());
            draw.freeze(id);
            String secret = Sessions.commit(draw, id);
            Path notice = dir.resolve("notice.pdf");
            s.documents().notice(id, notice);
            draw.addObserver(id, "张公证", ObserverRole.NOTARY, Sessions.DIGITS);
            draw.setBeacon(id, Sessions.BEACON);
            draw.reveal(id, secret);
            draw.draw(id);
            draw.lock(id);
            Path minutes = dir.resolve("minutes.pdf");
            s.documents().minutes(id, minutes, Progress.NONE);
            Path letters = dir.resolve("letters.pdf");
            s.documents().letters(id, letters, Progress.NONE);
            for (Path pdf : List.of(notice, minutes, letters)) {
                String text = MinutesTest.text(pdf);
                assertTrue(text.contains("（演练）") && text.contains("演练·非正式抽签"), pdf + " is marked");
            }
            // the watermark behind every page (grey, turned; the same in every document) is PDF/A-3b too,
            // also on the letters' pages, which are written out one by one as they are finished
            org.sortes.testutil.PdfA.assertPdfA3b(notice);
            org.sortes.testutil.PdfA.assertPdfA3b(letters);
            int pages = org.sortes.documents.OfficialPdf.pages(letters);
            assertEquals(pages, MinutesTest.text(letters).split("演练·非正式抽签", -1).length - 1,
                    "the watermark on each of the letters' " + pages + " pages");
            assertTrue(ProofVerification.check(minutes, List.of()).valid(), "a rehearsal's draw verifies");
            // the rehearsal mark is bound by the digest the documents print: the same with or without the lists
            assertEquals(ProofJson.sha256AsAttached(ProofJson.mapper(), draw.proof(id)), draw.proofDigest(id).hex());

            Refusal noResults = assertThrows(Refusal.class, () -> s.results().record(id, 1, ResultOutcome.values()[0],
                    LocalDate.of(2026, 11, 27), "", null));
            assertEquals("result.error.rehearsal", noResults.messageKey());

            long live = draw.createPlan(Sessions.demoPlan());
            assertEquals(0, draw.freeze(live).excluded().get("RECENTLY_DRAWN"), "a rehearsal's targets stay candidates");
            assertFalse(draw.session(live).rehearsal(), "a live session is created as such, never from a rehearsal");

            List<AuditEntry> created = s.integrity().events(new AuditQuery(id, "plan.create", null, null, null));
            assertTrue(created.get(0).payload().contains("\"rehearsal\":true"), created.get(0).payload());
        }
    }
}
