package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.AuditEntry;
import org.sortes.session.AuditQuery;
import org.sortes.session.Services;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.testutil.TestEnvironment;

/** The console's workspace menu without a window: each action asks what it needs, then acts off the FX thread. */
class WorkspaceViewModelTest {
    @TempDir
    Path dir;

    /** The test environment, remembering the operator and settings as the real one does. */
    static final class Remembering implements AppEnvironment {
        final TestEnvironment base;
        final Map<String, String> settings = new HashMap<>();
        final List<Path> remembered = new ArrayList<>();
        String operator = "测试员";
        /** Whether someone named the operator; until then operator() is the computer's login name. */
        boolean named = true;

        Remembering(Path workspace) {
            base = new TestEnvironment(workspace);
        }

        @Override
        public I18n i18n() {
            return base.i18n();
        }

        @Override
        public Services open(Path file) {
            return base.open(file);
        }

        @Override
        public Path defaultWorkspace() {
            return base.defaultWorkspace();
        }

        @Override
        public Optional<Path> lastWorkspace() {
            return Optional.empty();
        }

        @Override
        public void rememberWorkspace(Path workspace) {
            remembered.add(workspace);
        }

        @Override
        public String operator() {
            return operator;
        }

        @Override
        public Optional<String> namedOperator() {
            return named ? Optional.of(operator) : Optional.empty();
        }

        @Override
        public void setOperator(String name) {
            operator = name;
            named = true;
        }

        @Override
        public void remember(String key, String value) {
            settings.put(key, value);
        }
    }

    /** What the shell was asked to do. */
    static final class RecordingShell implements WorkspaceViewModel.Shell {
        final List<String> calls = new ArrayList<>();
        Services shown;

        @Override
        public void showWorkspace(Services opened) {
            shown = opened;
            calls.add("workspace");
        }

        @Override
        public void showWelcome(Path suggested) {
            calls.add("welcome " + suggested.getFileName());
        }

        @Override
        public void showOpening(Path file) {
            calls.add("opening " + file.getFileName());
        }

        @Override
        public void registersChanged() {
            calls.add("registers");
        }

        @Override
        public void startImport(Register register, Path file) {
            calls.add("import " + register + " " + file.getFileName());
        }
    }

    private Path demo(String name) {
        Path file = dir.resolve(name);
        Sessions.demoWorkspace(file, "测试员").close();
        return file;
    }

    @Test
    void start_opensTheDefaultWorkspace_orShowsTheFirstStartScreen() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RecordingShell shell = new RecordingShell();
        Remembering env = new Remembering(dir.resolve("none.sortes.db"));
        WorkspaceViewModel model = new WorkspaceViewModel(env, TaskRunner.sameThread(), dialogs, env.i18n(), shell);
        model.start();
        assertEquals(List.of("welcome none.sortes.db"), shell.calls);
        assertNull(model.services());

        Path file = demo("甲.sortes.db");
        Remembering withFile = new Remembering(file);
        WorkspaceViewModel opened = new WorkspaceViewModel(withFile, TaskRunner.sameThread(), dialogs,
                withFile.i18n(), shell);
        opened.start();
        try {
            assertEquals(List.of("welcome none.sortes.db", "opening 甲.sortes.db", "workspace"), shell.calls);
            assertEquals(List.of(file.toAbsolutePath()), withFile.remembered);
            assertTrue(opened.titleProperty().get().endsWith("— 甲.sortes.db"), opened.titleProperty().get());
            assertTrue(opened.statusProperty().get().contains("市场主体 3,000"), opened.statusProperty().get());
            assertTrue(opened.statusProperty().get().contains("测试员"));
        } finally {
            opened.close();
        }
    }

    @Test
    void open_aWorkspaceOpenElsewhere_isRefusedInWords_andNothingIsShown() {
        Path file = demo("乙.sortes.db");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RecordingShell shell = new RecordingShell();
        Remembering env = new Remembering(file);
        try (Services elsewhere = env.open(file)) {
            WorkspaceViewModel model = new WorkspaceViewModel(env, TaskRunner.sameThread(), dialogs, env.i18n(), shell);
            model.open(file);
            assertTrue(shell.calls.isEmpty());
            assertTrue(dialogs.errors.get(0).contains("已在另一个"), dialogs.errors.get(0));
        }
    }

    @Test
    void start_withTheLastWorkspaceOpenElsewhere_saysWhy_thenTheFirstStartScreen() {
        Path file = demo("丁.sortes.db");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RecordingShell shell = new RecordingShell();
        Remembering env = new Remembering(file);
        try (Services elsewhere = env.open(file)) {
            WorkspaceViewModel model = new WorkspaceViewModel(env, TaskRunner.sameThread(), dialogs, env.i18n(), shell);
            model.start();
            assertEquals(List.of("opening 丁.sortes.db", "welcome 丁.sortes.db"), shell.calls);
            assertTrue(dialogs.errors.get(0).contains("已在另一个"), dialogs.errors.get(0));
            assertNull(model.services());
        }
    }

    @Test
    void operator_backup_restore_language_verify_newWorkspace() throws Exception {
        Path file = demo("丙.sortes.db");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RecordingShell shell = new RecordingShell();
        Remembering env = new Remembering(file);
        WorkspaceViewModel model = new WorkspaceViewModel(env, TaskRunner.sameThread(), dialogs, env.i18n(), shell);
        model.open(file);
        Services services = model.services();

        // while no one has named the operator, the question starts empty, not from the login name
        env.operator = "root";
        env.named = false;
        model.changeOperator();
        assertEquals(List.of(""), dialogs.offered);
        assertEquals("root", env.operator, "the question was put aside: nothing recorded");
        env.operator = "测试员";
        env.named = true;

        // a name that cannot be recorded and printed is refused in words; the name in use stays
        dialogs.texts.add("王".repeat(51));
        model.changeOperator();
        assertEquals("测试员", env.operator);
        assertEquals("操作人（抽签员）的姓名须为一行、最多 50 个字：它将记入审计日志并印在记录上", dialogs.errors.get(0));
        dialogs.texts.add("王\t明");
        model.changeOperator();
        assertEquals("测试员", env.operator);
        assertEquals(2, dialogs.errors.size());
        dialogs.errors.clear();
        dialogs.texts.add("  王明 ");
        model.changeOperator();
        assertEquals("王明", env.operator);
        assertEquals("测试员", dialogs.offered.get(dialogs.offered.size() - 1), "a named operator is offered again");
        List<AuditEntry> events = services.integrity().events(AuditQuery.all());
        AuditEntry last = events.get(events.size() - 1);
        assertEquals("settings", last.type());
        assertTrue(last.payload().contains("王明"), last.payload());
        assertTrue(model.statusProperty().get().contains("王明"));

        Path backup = dir.resolve("备份 #1.db");
        dialogs.files.add(backup);
        model.backup();
        assertTrue(Files.isRegularFile(backup));
        assertTrue(dialogs.infos.get(0).contains("已备份到"), dialogs.infos.get(0));

        services.directory().retire(Register.ITEMS, "SJ-001");
        dialogs.files.add(backup);
        dialogs.confirmations.add(false);
        model.restore();
        assertEquals(7, services.directory().counts().get(Register.ITEMS), "declined: nothing restored");
        dialogs.files.add(backup);
        model.restore();
        assertEquals(8, services.directory().counts().get(Register.ITEMS));
        assertTrue(shell.calls.contains("registers"), "the register tabs read the restored registers");

        dialogs.texts.add("英文");
        model.chooseLanguage();
        assertEquals("en", env.settings.get("language"));
        dialogs.texts.add("Klingon");
        assertThrows(AssertionError.class, model::chooseLanguage, "only the offered languages");

        Path notAProof = Files.writeString(dir.resolve("note.json"), "{\"hello\": 1}");
        model.verify(notAProof);
        String unreadable = dialogs.errors.get(dialogs.errors.size() - 1);
        assertTrue(unreadable.startsWith("无法核验"), unreadable);
        assertTrue(unreadable.chars().noneMatch(c -> c >= 'A' && c <= 'Z'), "no English word: " + unreadable);

        dialogs.files.add(dir.resolve("subjects.csv"));
        model.importInto(Register.SUBJECTS);
        assertTrue(shell.calls.contains("import SUBJECTS subjects.csv"));

        model.newWorkspace();
        assertNull(model.services());
        assertTrue(shell.calls.get(shell.calls.size() - 1).startsWith("welcome workspace-"), shell.calls.toString());
        try (Services again = env.open(file)) {
            assertEquals(8, again.directory().counts().get(Register.ITEMS), "closed: its lock is free again");
        }
        assertEquals(0, dialogs.errors.size() - 1, "no error but the unreadable proof: " + dialogs.errors);
    }

    @Test
    void withoutAWorkspace_theWorkspaceActionsDoNothing() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RecordingShell shell = new RecordingShell();
        Remembering env = new Remembering(dir.resolve("none.sortes.db"));
        WorkspaceViewModel model = new WorkspaceViewModel(env, TaskRunner.sameThread(), dialogs, env.i18n(), shell);
        dialogs.files.add(dir.resolve("x.db"));
        model.backup();
        model.restore();
        model.importInto(Register.ITEMS);
        assertEquals(1, dialogs.files.size(), "nothing was asked");
        assertTrue(shell.calls.isEmpty());
        assertTrue(dialogs.errors.isEmpty());
    }

    /** A runner that holds the job until told: what the status line shows while it runs can be seen. */
    static final class Deferred implements TaskRunner {
        Runnable finish;
        boolean cancelled;

        @Override
        public <T> Handle run(Job<T> job, java.util.function.Consumer<T> onDone,
                              java.util.function.Consumer<Throwable> onError) {
            javafx.beans.property.SimpleDoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(0.25);
            cancelled = false;
            finish = () -> {
                try {
                    if (cancelled) {
                        throw new org.sortes.progress.CancelledException();
                    }
                    onDone.accept(job.run(org.sortes.progress.Progress.NONE));
                } catch (Exception e) {
                    onError.accept(e);
                }
            };
            return new Handle() {
                @Override
                public javafx.beans.property.ReadOnlyDoubleProperty progress() {
                    return progress;
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }
            };
        }
    }

    @Test
    void aVerification_isShownRunningWithItsProgress_canBeStopped_andStoppedSaysNothing() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Remembering env = new Remembering(dir.resolve("none.sortes.db"));
        Deferred runner = new Deferred();
        WorkspaceViewModel model = new WorkspaceViewModel(env, runner, dialogs, env.i18n(), new RecordingShell());
        Path notAProof = Files.writeString(dir.resolve("记录.pdf"), "not a pdf");
        model.verify(notAProof);
        assertEquals("正在核验 记录.pdf…", model.jobProperty().get());
        assertEquals(0.25, model.jobProgressProperty().get(), "the job's progress, bound");
        assertTrue(model.jobCancellableProperty().get(), "a verification can be stopped");
        model.cancelJob();
        runner.finish.run();
        assertEquals("", model.jobProperty().get(), "the status line is cleared when it ends");
        assertTrue(dialogs.errors.isEmpty(), "stopped by the officer: no error to read " + dialogs.errors);

        model.verify(notAProof); // this time to its end: unreadable, said
        runner.finish.run();
        assertEquals("", model.jobProperty().get());
        assertEquals(1, dialogs.errors.size(), String.valueOf(dialogs.errors));
    }
}
