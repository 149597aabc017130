package org.sortes.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.AudienceSnapshot;
import org.sortes.session.DrawnTarget;
import org.sortes.session.ObserverRole;
import org.sortes.session.SessionState;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.ui.TaskRunner;

/** The wizard and the audience display's model, without windows, through a whole session. */
class CeremonyViewModelTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);

    @TempDir
    Path dir;
    WorkspaceServices services;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    DocumentPreviewViewModelTest.RecordingPrinter printer = new DocumentPreviewViewModelTest.RecordingPrinter();

    @BeforeEach
    void open() {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签");
    }

    @AfterEach
    void close() {
        services.close();
    }

    CeremonyViewModel wizard(long id) {
        CeremonyViewModel m = new CeremonyViewModel(services.draw(), services.audience(), services.documents(),
                (owner, job, pages) -> printer.choice, dialogs,
                TaskRunner.sameThread(), CHINESE, id);
        m.refresh();
        return m;
    }

    @Test
    void theSealedSlip_isPrintedFromTheSecretCommittedTo_neverShown_andOnlyUntilTheReveal() throws Exception {
        long id = services.draw().createPlan(Sessions.demoPlan());
        CeremonyViewModel m = wizard(id);
        assertFalse(m.canPrintSlip(), "no secret before the commitment");
        m.freeze();
        Path slip = dir.resolve("secret.txt");
        dialogs.files.add(slip);
        m.commit();
        assertTrue(m.canPrintSlip());
        String secret = Files.readString(slip).strip();

        // no printer: said, nothing recorded
        m.printSlip(null);
        assertEquals("本机没有可用的打印机，未打印密钥封存单：可将密钥文件（如 U 盘）直接交公证员密封保管", m.errorProperty().get());
        int events = services.integrity().events(org.sortes.session.AuditQuery.all()).size();

        printer.choice = org.sortes.ui.Printing.Choice.of(printer.job);
        m.printSlip(null);
        assertEquals("", m.errorProperty().get());
        assertTrue(m.messageProperty().get().startsWith("密钥封存单已发送到打印机“办公室打印机”"), m.messageProperty().get());
        assertEquals(1, printer.job.printed.size(), "one page");
        assertTrue(printer.job.finished);
        org.sortes.session.RenderedPage page = printer.job.printed.get(0);
        assertTrue(page.width() > 1500 && page.height() > page.width(), "an A4 page at 200 dpi: " + page.width());
        List<org.sortes.session.AuditEntry> after = services.integrity().events(org.sortes.session.AuditQuery.all());
        assertEquals(events + 1, after.size(), "the print is on record");
        org.sortes.session.AuditEntry printed = after.get(after.size() - 1);
        assertTrue(printed.payload().contains("secretSlip") && printed.payload().contains("办公室打印机"), printed.payload());
        assertFalse(printed.payload().contains(secret), "never the secret");
        assertFalse(m.messageProperty().get().contains(secret) || text(new AudienceViewModel(m.snapshotProperty(),
                m.shownTargetsProperty(), m.typingProperty(), CHINESE).screenProperty().get()).contains(secret));

        // a console opened again asks for the slip; another session's slip is refused before any printer
        CeremonyViewModel reopened = wizard(id);
        long other = services.draw().createPlan(Sessions.demoPlan());
        CeremonyViewModel second = wizard(other);
        second.freeze();
        Path otherSlip = dir.resolve("other.txt");
        dialogs.files.add(otherSlip);
        second.commit();
        printer.job.printed.clear();
        dialogs.files.add(otherSlip);
        reopened.printSlip(null);
        assertEquals("这个密钥不是场次 #" + id + " 的承诺所用的密钥（可能是另一场次的密钥文件或录入有误）：未打印封存单",
                reopened.errorProperty().get());
        assertTrue(printer.job.printed.isEmpty());
        dialogs.files.add(slip);
        reopened.printSlip(null);
        assertEquals(1, printer.job.printed.size(), reopened.errorProperty().get());

        // once revealed, the secret is public: no slip
        for (int i = 0; i < 3; i++) {
            m.observerNameProperty().set("观察员" + i);
            m.observerDigitsProperty().set("1234567");
            m.addObserver();
        }
        m.closeDigits();
        m.beaconValueProperty().set("517"); // the demo plan declares a beacon
        m.enterBeacon();
        assertTrue(m.canPrintSlip(), "still before the reveal");
        m.secretTextProperty().set(secret);
        m.reveal();
        assertEquals(SessionState.REVEALED, services.draw().session(id).state(), m.errorProperty().get());
        assertFalse(m.canPrintSlip());
        org.sortes.session.Refusal refused = org.junit.jupiter.api.Assertions.assertThrows(org.sortes.session.Refusal.class,
                () -> services.documents().secretSlip(id, secret, 72));
        assertTrue(CHINESE.explain(refused).length() > 0);
    }

    static String text(AudienceViewModel.Screen s) {
        StringBuilder sb = new StringBuilder(s.title() + "\n" + s.subtitle() + "\n" + s.heading() + "\n");
        s.lines().forEach(l -> sb.append(l.label()).append(": ").append(l.value()).append('\n'));
        s.targets().forEach(t -> sb.append(t.rank()).append(' ').append(t.subjectId()).append('\n'));
        s.summary().forEach(l -> sb.append(l.label()).append(": ").append(l.value()).append('\n'));
        return sb.toString();
    }

    @Test
    void wholeSession_stageByStage_theDisplayShowsWhatTheHallMustCheck() throws Exception {
        long id = services.draw().createPlan(Sessions.demoPlan());
        CeremonyViewModel m = wizard(id);
        AudienceViewModel audience = new AudienceViewModel(m.snapshotProperty(), m.shownTargetsProperty(),
                m.typingProperty(), CHINESE);
        assertEquals(CeremonyViewModel.Step.FREEZE, m.stepProperty().get());
        m.commit(); // not offered before the freeze
        assertEquals(SessionState.PLANNED, services.draw().session(id).state());

        m.freeze();
        assertEquals(CeremonyViewModel.Step.COMMIT, m.stepProperty().get());
        String frozen = text(audience.screenProperty().get());
        assertTrue(frozen.contains(services.draw().session(id).frozen().candidatesDigest().grouped()), frozen);

        Path slip = dir.resolve("u-disk/secret.txt");
        Files.createDirectories(slip.getParent());
        dialogs.files.add(slip);
        m.commit();
        assertTrue(Files.exists(slip));
        String secret = Files.readString(slip).strip();
        assertEquals(CeremonyViewModel.Step.OBSERVERS, m.stepProperty().get());
        String committed = text(audience.screenProperty().get());
        assertTrue(committed.contains(services.draw().session(id).commitment().grouped()), "commitment in groups");
        assertFalse(committed.contains(secret), "no secret before the reveal");

        m.observerNameProperty().set("张公证");
        m.observerRoleProperty().set(ObserverRole.NOTARY);
        m.observerOrganisationProperty().set("兰州市公证处");
        m.observerDigitsProperty().set("3 1 4 1 5");
        assertTrue(text(audience.screenProperty().get()).contains("正在录入 张公证 报出的数字: 3141 5 ▏"),
                "the hall follows the digits as they are typed: " + text(audience.screenProperty().get()));
        m.observerDigitsProperty().set("3 1 4 1 5 9 2 6 5 3");
        m.addObserver();
        assertTrue(text(audience.screenProperty().get()).contains("公证员　张公证（兰州市公证处）: 3141 5926 53"));
        assertFalse(text(audience.screenProperty().get()).contains("正在录入"), "nothing is being typed now");
        assertEquals("兰州市公证处", services.draw().observers(id).get(0).organisation());
        assertEquals("当众掷十面骰子（观察员报数，抽签员录入）", services.draw().observers(id).get(0).method(),
                "the method, by default dice, and who typed the digits");
        assertFalse(m.warningProperty().get().isEmpty(), "all digits from one person so far");
        m.closeDigits();
        assertEquals(CeremonyViewModel.Step.OBSERVERS, m.stepProperty().get(), "not before 20 digits");
        assertFalse(m.errorProperty().get().isEmpty());
        m.observerNameProperty().set("李代表");
        m.observerRoleProperty().set(ObserverRole.NPC_DEPUTY);
        m.observerAtKeyboardProperty().set(true); // the deputy types his own digits
        m.observerDigitsProperty().set("27");
        assertTrue(text(audience.screenProperty().get()).contains("李代表 正在键盘上输入: 27 ▏"),
                text(audience.screenProperty().get()));
        m.observerDigitsProperty().set("2718281828");
        m.addObserver();
        assertEquals("当众掷十面骰子（观察员本人在键盘录入）", services.draw().observers(id).get(1).method());
        m.observerAtKeyboardProperty().set(false);
        m.observerNameProperty().set("赵记者");
        m.observerRoleProperty().set(ObserverRole.MEDIA);
        m.observerDigitsProperty().set("1414213562");
        m.addObserver();
        assertEquals("", m.warningProperty().get());
        String entropy = text(audience.screenProperty().get());
        assertTrue(entropy.contains("人大代表　李代表: 2718 2818 28"), entropy);
        m.closeDigits();
        assertEquals(CeremonyViewModel.Step.BEACON, m.stepProperty().get());
        m.beaconValueProperty().set("517");
        m.enterBeacon();
        assertEquals(CeremonyViewModel.Step.REVEAL, m.stepProperty().get());

        m.secretTextProperty().set("0".repeat(64));
        m.reveal();
        assertFalse(m.errorProperty().get().isEmpty(), "a wrong secret is refused in words");
        assertEquals(CeremonyViewModel.Step.REVEAL, m.stepProperty().get());
        dialogs.files.add(slip);
        m.loadSecret();
        m.reveal();
        assertEquals(CeremonyViewModel.Step.DRAW, m.stepProperty().get());
        String revealed = text(audience.screenProperty().get());
        assertTrue(revealed.contains("承诺核验通过") && revealed.contains(new org.sortes.session.Digest(secret).grouped()),
                revealed);

        m.draw();
        assertEquals(CeremonyViewModel.Step.LOCK, m.stepProperty().get());
        assertEquals(0, audience.screenProperty().get().targets().size(), "the officer paces the targets");
        m.showNext();
        m.showNext();
        List<DrawnTarget> engine = services.draw().targets(id);
        assertEquals(engine.subList(0, 2).stream().map(DrawnTarget::subjectId).toList(),
                audience.screenProperty().get().targets().stream().map(AudienceSnapshot.Target::subjectId).toList());
        assertTrue(audience.screenProperty().get().summary().isEmpty(), "the summary after the last");
        m.showAll();
        assertEquals(engine.size(), audience.screenProperty().get().targets().size());
        m.lock();
        assertEquals(CeremonyViewModel.Step.DONE, m.stepProperty().get());
        AudienceViewModel.Screen done = audience.screenProperty().get();
        assertFalse(done.qr().isEmpty());
        assertTrue(text(done).contains(services.audience().snapshot(id).proofSha256().grouped()));
        assertEquals(List.of("冻结名单", "观察员录入数字", "录入公共信标", "揭示密钥", "揭示密钥", "抽取", "逐一揭示、锁定结果"),
                dialogs.asked, "a confirmation before every step that cannot be undone");
    }

    @Test
    void resume_reopeningInTheMiddle_returnsToTheStage_andAfterTheDrawNoAbort() throws Exception {
        var c = Sessions.committed(services.draw(), Sessions.demoPlan());
        CeremonyViewModel m = wizard(c.id());
        assertEquals(CeremonyViewModel.Step.REVEAL, m.stepProperty().get(), "digits and beacon entered: the reveal");
        assertTrue(m.canAbort());
        services.draw().reveal(c.id(), c.secret());
        services.draw().draw(c.id());
        CeremonyViewModel again = wizard(c.id());
        assertEquals(CeremonyViewModel.Step.LOCK, again.stepProperty().get());
        assertFalse(again.canAbort(), "after the draw there is no abort");
        again.abort();
        assertEquals(SessionState.DRAWN, services.draw().session(c.id()).state());
    }

    @Test
    void lock_asksADecisionForEachTargetWithoutATeam_recordsThemWithTheLock_andStopsWhenOneIsNotGiven()
            throws Exception {
        // a joint check needing more members of each department than it has: no target gets a team
        var plan = (com.fasterxml.jackson.databind.node.ObjectNode) org.sortes.session.ProofJson.mapper()
                .readTree(Sessions.demoPlan());
        plan.putArray("items").add("SJ-003").add("HJ-001");
        plan.put("membersPerDepartment", 60);
        plan.putArray("strata").addObject().put("name", "全部").put("count", 2).putObject("rule");
        var c = Sessions.committed(services.draw(), plan.toString());
        long id = c.id();
        services.draw().reveal(id, c.secret());
        List<DrawnTarget> drawn = services.draw().draw(id);
        assertEquals(2, drawn.size());
        assertTrue(drawn.stream().noneMatch(DrawnTarget::staffed), "no team for either target");
        CeremonyViewModel m = wizard(id);
        assertEquals(CeremonyViewModel.Step.LOCK, m.stepProperty().get());

        // the officer gives the first decision and cancels the second: nothing is recorded, nothing locked
        dialogs.texts.add("由生态环境厅另行指派");
        m.lock();
        assertEquals(SessionState.DRAWN, services.draw().session(id).state());
        assertTrue(services.draw().targets(id).stream().allMatch(t -> t.decisionMade().isEmpty()), "no decision recorded");
        assertEquals(CeremonyViewModel.Step.LOCK, m.stepProperty().get());

        dialogs.texts.add("由生态环境厅另行指派");
        dialogs.texts.add("报局领导批准后补派");
        m.lock();
        assertEquals(SessionState.LOCKED, services.draw().session(id).state());
        List<DrawnTarget> decided = services.draw().targets(id);
        assertEquals(java.util.Optional.of("由生态环境厅另行指派"), decided.get(0).decisionMade());
        assertEquals(java.util.Optional.of("报局领导批准后补派"), decided.get(1).decisionMade());
        assertEquals(CeremonyViewModel.Step.DONE, m.stepProperty().get());
        AudienceViewModel.Screen done = new AudienceViewModel(m.snapshotProperty(), m.shownTargetsProperty(), CHINESE)
                .screenProperty().get();
        assertEquals(2, done.targets().size(), "every target shown once locked");
        assertTrue(done.summary().contains(new AudienceViewModel.Line(CHINESE.get("audience.unstaffed"), "2",
                AudienceViewModel.Kind.TEXT)), done.summary().toString());
    }

    @Test
    void abort_needsAReasonAndAConfirmation() throws Exception {
        long id = services.draw().createPlan(Sessions.demoPlan());
        CeremonyViewModel m = wizard(id);
        m.abort(); // no reason given
        assertEquals(SessionState.PLANNED, services.draw().session(id).state());
        dialogs.texts.add("公证员未到场");
        dialogs.confirmations.add(false);
        m.abort();
        assertEquals(SessionState.PLANNED, services.draw().session(id).state());
        dialogs.texts.add("公证员未到场");
        m.abort();
        assertEquals(SessionState.ABORTED, services.draw().session(id).state());
        assertEquals(CeremonyViewModel.Step.ENDED, m.stepProperty().get());
        assertEquals("本场次已中止", m.snapshotProperty().get() == null ? "" :
                new AudienceViewModel(m.snapshotProperty(), m.shownTargetsProperty(), CHINESE).screenProperty().get()
                        .heading());
    }

    @Test
    void rehearsal_isMarkedOnTheDisplay() throws Exception {
        long id = services.draw().createRehearsal(Sessions.demoPlan());
        CeremonyViewModel m = wizard(id);
        assertTrue(new AudienceViewModel(m.snapshotProperty(), m.shownTargetsProperty(), CHINESE).screenProperty().get()
                .rehearsal());
    }
}
