package org.sortes.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.DrawService;
import org.sortes.session.ResultOutcome;
import org.sortes.testutil.Sessions;
import org.sortes.testutil.TestWorkspace;
import org.sortes.ui.TaskRunner;

/** The sessions tab's model, without windows: what it shows and what its actions do. */
class SessionsViewModelTest {
    static final LocalDate TODAY = LocalDate.now(TestWorkspace.CLOCK);

    @TempDir
    Path dir;
    WorkspaceServices services;
    SessionsViewModel model;
    long locked;
    org.sortes.testutil.ScriptedDialogs dialogs = new org.sortes.testutil.ScriptedDialogs();
    /** The windows the tab would open, recorded by name. */
    java.util.List<String> opened = new java.util.ArrayList<>();
    /** What the tab asked to run when the last wizard opened is closed. */
    Runnable wizardClosed;
    SessionWindows windows = new SessionWindows() {
        @Override
        public void askOperatorThen(Runnable next) {
            opened.add("operator");
            next.run();
        }

        @Override
        public void showCeremony(long sessionId, Runnable closed) {
            opened.add("ceremony " + sessionId);
            wizardClosed = closed;
        }

        @Override
        public void openEditor(SessionsViewModel sessions) {
            opened.add("editor");
        }

        @Override
        public void openPreview(org.sortes.session.DrawSession session) {
            opened.add("preview " + session.id());
        }

        @Override
        public void enterResult(SessionsViewModel sessions, SessionsViewModel.TargetLine target) {
            opened.add("result " + target.rank());
        }
    };

    @BeforeEach
    void twoSessions() throws Exception {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签");
        DrawService draw = services.draw();
        String plan = Sessions.demoPlan();
        locked = Sessions.locked(draw, plan);
        Sessions.committed(draw, plan);
        model = new SessionsViewModel(draw, services.documents(), services.results(), TaskRunner.sameThread(),
                dialogs, windows,
                new I18n(Locale.ENGLISH));
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    void selectLocked() {
        model.selectedProperty().set(model.sessions().stream().filter(r -> r.id() == locked).findFirst().orElseThrow());
    }

    @Test
    void refresh_selectsTheNewest_committedSessionHasNoMinutesOrTargets() {
        assertEquals(2, model.sessions().size());
        assertEquals(org.sortes.session.SessionState.COMMITTED, model.selectedProperty().get().state());
        assertTrue(model.committedProperty().get(), "a committed session has a notice");
        assertFalse(model.lockedProperty().get());
        assertTrue(model.targets().isEmpty());
        assertTrue(model.detailProperty().get().contains("Commitment:"), model.detailProperty().get());
        assertFalse(model.detailProperty().get().contains("Audit chain head"), "not locked yet");
    }

    @Test
    void selectingASessionWithMinutes_readiesItsDocuments_andNoOtherSession() {
        java.util.List<String> warmed = new java.util.ArrayList<>();
        org.sortes.session.DocumentService real = services.documents();
        org.sortes.session.DocumentService recording = (org.sortes.session.DocumentService) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {org.sortes.session.DocumentService.class},
                        (proxy, method, args) -> {
                            Object result;
                            try {
                                result = method.invoke(real, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                            if (method.getName().equals("warmUp")) {
                                warmed.add(args[0] + " " + result);
                            }
                            return result;
                        });
        model = new SessionsViewModel(services.draw(), recording, services.results(), TaskRunner.sameThread(),
                dialogs, windows, new I18n(Locale.ENGLISH));
        model.refresh();
        assertEquals(java.util.List.of(), warmed, "the committed session selected: no minutes to ready");
        selectLocked();
        assertEquals(java.util.List.of(locked + " true"), warmed, "the notice set into nothing, once");
        model.refresh();
        selectLocked();
        assertEquals(java.util.List.of(locked + " true", locked + " false"), warmed, "done already");
    }

    @Test
    void abortedSession_offersNoNotice_noMinutes() {
        long aborted = model.selectedProperty().get().id();
        services.draw().abort(aborted, "改期");
        model.refresh();
        assertEquals(org.sortes.session.SessionState.ABORTED, model.selectedProperty().get().state());
        assertFalse(model.committedProperty().get(), "no notice for an aborted session");
        assertFalse(model.lockedProperty().get(), "no minutes either");
        assertTrue(model.detailProperty().get().contains("Aborted: 改期"), "the reason shown: " + model.detailProperty().get());
    }

    @Test
    void actionsThatFail_sayWhyInWords_andLeaveNothing() throws Exception {
        int sessions = model.sessions().size();
        java.util.List<Long> created = new java.util.ArrayList<>();
        model.createFromJson("{ \"name\": \"不完整的方案\" }", false, created::add);
        assertFalse(model.errorProperty().get().isEmpty(), "a plan the editor could not complete is refused in words");
        assertTrue(created.isEmpty(), "no wizard opened");
        model.refresh();
        assertEquals(sessions, model.sessions().size(), "no session created");

        selectLocked();
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "");
        model.writeAnnouncement(notAFolder);
        assertFalse(model.errorProperty().get().isEmpty(), "the announcement's folder is a file: said");
        assertFalse(model.busyProperty().get(), "and the tab is usable again");
        String said = model.errorProperty().get();
        model.exportResults(notAFolder.resolve("results.csv"));
        assertFalse(model.errorProperty().get().isEmpty(), "results into a file's inside: said");
        assertTrue(said.contains("a-file") || model.errorProperty().get().contains("a-file"),
                said + " / " + model.errorProperty().get());
    }

    @Test
    void lockedSession_minutesWritten_resultsEnteredCorrectedAndExported() throws Exception {
        selectLocked();
        assertTrue(model.lockedProperty().get());
        assertEquals(30, model.targets().size());
        assertTrue(model.detailProperty().get().contains("Results: 0 entered, 30 missing"), model.detailProperty().get());

        Path pdf = dir.resolve("minutes.pdf");
        model.writeMinutes(pdf);
        assertTrue(Files.size(pdf) > 10_000);
        assertFalse(model.busyProperty().get());
        assertTrue(model.messageProperty().get().contains("30 targets"), model.messageProperty().get());

        assertTrue(model.recordResult(2, ResultOutcome.NO_PROBLEM, TODAY, null, null));
        assertFalse(model.recordResult(2, ResultOutcome.DEREGISTERED, TODAY, null, null), "a second entry needs a reason");
        assertTrue(model.errorProperty().get().contains("a correction needs a reason"), model.errorProperty().get());
        assertTrue(model.recordResult(2, ResultOutcome.DEREGISTERED, TODAY, null, "wrong target typed"));
        assertEquals("deregistered or licence revoked（" + TODAY + "）", model.targets().get(1).result());
        assertTrue(model.detailProperty().get().contains("Results: 1 entered, 29 missing"));

        Path csv = dir.resolve("results.csv");
        model.exportResults(csv);
        assertEquals(2, Files.readAllLines(csv).size());
        assertTrue(model.messageProperty().get().contains("1 results (29 targets still without a result)"),
                model.messageProperty().get());
    }

    @Test
    void notice_forTheCommittedSession_written() throws Exception {
        assertTrue(model.committedProperty().get(), "the newest session is committed");
        Path pdf = dir.resolve("notice.pdf");
        long id = model.selectedProperty().get().id();
        model.writeNotice(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("", model.errorProperty().get());
        assertTrue(model.messageProperty().get().contains(pdf.toString()), "the message names the file written");
        // the notice written is the one recorded: its digest is in the audit log for this session
        String sha = org.sortes.draw.Sha256.hex(bytes);
        assertTrue(services.integrity().events(new org.sortes.session.AuditQuery(id, "document", null, null, null))
                .stream().anyMatch(e -> e.payload().contains(sha)), "document event with the PDF's SHA-256");
    }

    @Test
    void minutesRefusedForAnUnlockedSession_saysWhy_noFile() {
        Path pdf = dir.resolve("early.pdf");
        model.writeMinutes(pdf);
        assertFalse(Files.exists(pdf));
        assertTrue(model.errorProperty().get().contains("once it is locked"), model.errorProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void newSession_previewedBeforeItIsCreated_withWarnings_cancelLeavesNothing() throws Exception {
        Path plan = Path.of("assets/demo/plan-demo.json");
        int before = model.sessions().size();
        String[] shown = {null};
        long[] opened = {-1};
        model.previewThenCreate(plan, false, text -> {
            shown[0] = text;
            return false;
        }, id -> opened[0] = id);
        assertTrue(shown[0].contains("未分类: 0 candidates, 0 drawn") && shown[0].contains("stratum \"未分类\" will draw nothing"),
                shown[0]);
        assertTrue(shown[0].contains("on duty with a valid certificate"), shown[0]);
        model.refresh();
        assertEquals(before, model.sessions().size(), "cancelled: nothing created");
        assertEquals(-1, opened[0]);

        model.previewThenCreate(plan, true, text -> true, id -> opened[0] = id);
        assertTrue(opened[0] > 0);
        assertEquals(before + 1, model.sessions().size());
        assertTrue(model.selectedProperty().get().rehearsal(), "created as a rehearsal, selected");
    }

    @Test
    void lettersOfTheLockedSession_writtenThroughTheModel() throws Exception {
        selectLocked();
        Path letters = dir.resolve("letters.pdf");
        model.writeLetters(letters);
        assertTrue(Files.exists(letters) && model.errorProperty().get().isEmpty(), model.errorProperty().get());
        assertTrue(model.messageProperty().get().contains("30 letters"), model.messageProperty().get());
    }

    @Test
    void announcementOfTheLockedSession_writtenThroughTheModel() throws Exception {
        selectLocked();
        Path folder = Files.createDirectories(dir.resolve("publish"));
        model.writeAnnouncement(folder);
        assertTrue(model.errorProperty().get().isEmpty(), model.errorProperty().get());
        try (var files = Files.list(folder)) {
            assertEquals(3, files.count());
        }
        assertTrue(model.messageProperty().get().startsWith("3 publication files"), model.messageProperty().get());
    }

    @Test
    void buttons_askWhatTheyNeed_thenAct() throws Exception {
        selectLocked();
        Path notice = dir.resolve("公告.pdf");
        dialogs.files.add(notice);
        model.saveNotice();
        assertTrue(Files.isRegularFile(notice), model.errorProperty().get());
        model.saveMinutes(); // the chooser is cancelled: nothing is written, nothing said wrong
        assertEquals("", model.errorProperty().get());
        Path announced = dir.resolve("公示").resolve("x.pdf");
        Files.createDirectories(announced.getParent());
        dialogs.files.add(announced);
        model.saveAnnouncement();
        try (var files = Files.list(announced.getParent())) {
            assertEquals(3, files.count(), "PDF, CSV and JSON beside the name chosen");
        }
        model.openPreview();
        model.enterResult(model.targets().get(0));
        model.openCeremony(); // a locked session's windows show its final screen, after asking who runs them
        assertEquals(java.util.List.of("preview " + locked, "result 1", "operator", "ceremony " + locked), opened);
        opened.clear();

        // a new session: who runs it, the plan file, the preview confirmed, then the wizard on it
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Sessions.demoPlan());
        dialogs.files.add(plan);
        int before = model.sessions().size();
        model.createSession(false);
        assertEquals(before + 1, model.sessions().size());
        assertEquals("operator", opened.get(0));
        assertEquals("ceremony " + model.selectedProperty().get().id(), opened.get(1), "the wizard on the new session");
    }

    @Test
    void closingTheWizard_showsWhereTheSessionNowStands() {
        org.sortes.session.DrawSession committed = model.selectedProperty().get();
        assertEquals(org.sortes.session.SessionState.COMMITTED, committed.state());
        model.openCeremony();
        assertEquals(java.util.List.of("operator", "ceremony " + committed.id()), opened);
        // the wizard moves the session on while the tab is behind it
        services.draw().abort(committed.id(), "演练中止");
        assertEquals(org.sortes.session.SessionState.COMMITTED, model.selectedProperty().get().state(),
                "nothing reads the list while the wizard is open");
        wizardClosed.run();
        assertEquals(committed.id(), model.selectedProperty().get().id(), "the same session stays selected");
        assertEquals(org.sortes.session.SessionState.ABORTED, model.selectedProperty().get().state());
        assertEquals(org.sortes.session.SessionState.ABORTED, model.sessions().stream()
                .filter(r -> r.id() == committed.id()).findFirst().orElseThrow().state(), "and the list says so");
    }
}
