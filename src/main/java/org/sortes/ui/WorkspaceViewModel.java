package org.sortes.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.ProofVerification;
import org.sortes.session.Services;

/**
 * The console's workspace and its menu: which workspace is open, opening another or a new one,
 * backup and restore, who operates, the language, verifying a proof or minutes, and the status line.
 * Everything that reads or writes the workspace runs off the FX thread; what needs a window is the
 * shell's ({@link Shell}).
 */
public final class WorkspaceViewModel {
    /** What the window around the console does for it. */
    public interface Shell {
        /** A workspace is open: show its registers and sessions. */
        void showWorkspace(Services opened);

        /** No workspace: the first-start screen, suggesting where a new one goes. */
        void showWelcome(Path suggested);

        /**
         * A workspace is being opened (at start-up, about a second): say so at once, so that the window
         * never stands blank.
         */
        void showOpening(Path file);

        /** The registers changed underneath (a restore): the register tabs read them again. */
        void registersChanged();

        /** The import flow for a chosen file. */
        void startImport(Register register, Path file);
    }

    private final AppEnvironment env;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Shell shell;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private Services services;
    private Path workspace;
    /** The long job running from the workspace menu (backup, restore, verify): what, how far, its handle. */
    private final ReadOnlyStringWrapper job = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.SimpleDoubleProperty jobProgress = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final javafx.beans.property.ReadOnlyBooleanWrapper jobCancellable =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private TaskRunner.Handle running;

    public WorkspaceViewModel(AppEnvironment env, TaskRunner tasks, DialogService dialogs, I18n i18n, Shell shell) {
        this.env = env;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.shell = shell;
        title.set(i18n.get("app.title"));
    }

    /** The window's title: the application and the open workspace's file name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The status line: the workspace, its register counts and who operates. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What long job runs (shown in the status line with its progress), empty when none. */
    public ReadOnlyStringProperty jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** How far the job got, 0..1, or -1 while unknown. */
    public javafx.beans.property.ReadOnlyDoubleProperty jobProgressProperty() {
        return jobProgress;
    }

    /** Whether the running job can be stopped (a verification can; a backup or restore runs to its end). */
    public javafx.beans.property.ReadOnlyBooleanProperty jobCancellableProperty() {
        return jobCancellable.getReadOnlyProperty();
    }

    /** Stops the running job, if it can be stopped. */
    public void cancelJob() {
        if (running != null && jobCancellable.get()) {
            running.cancel();
        }
    }

    /** Runs a long job shown in the status line; it is cleared when the job ends, however it ends. */
    private <T> void runJob(String what, boolean cancellable, TaskRunner.Job<T> work,
                            java.util.function.Consumer<T> done, java.util.function.Consumer<Throwable> failed) {
        job.set(what);
        jobCancellable.set(cancellable);
        jobProgress.unbind();
        jobProgress.set(-1);
        TaskRunner.Handle h = tasks.run(work, result -> {
            endJob();
            done.accept(result);
        }, e -> {
            endJob();
            failed.accept(e);
        });
        if (!job.get().isEmpty()) { // still running (a runner on this thread has already ended it)
            running = h;
            jobProgress.bind(h.progress());
        }
    }

    private void endJob() {
        running = null;
        jobProgress.unbind();
        jobProgress.set(-1);
        job.set("");
        jobCancellable.set(false);
    }

    /** The open workspace's services, null before one is open. */
    public Services services() {
        return services;
    }

    /** At start-up: the last (or default) workspace if it exists, otherwise the first-start screen. */
    public void start() {
        Path last = env.lastWorkspace().filter(java.nio.file.Files::isRegularFile).orElse(env.defaultWorkspace());
        if (java.nio.file.Files.isRegularFile(last)) {
            shell.showOpening(last);
            // refused (locked, damaged, moved): the reason, then the first-start screen instead of a blank one
            tasks.run(p -> env.open(last), s -> use(last, s), ex -> {
                dialogs.error(i18n.get("workspace.failed"), i18n.explain(ex));
                shell.showWelcome(last);
            });
        } else {
            shell.showWelcome(last);
        }
    }

    /** Opens a workspace file off the FX thread; a locked or damaged one is refused in words. */
    public void open(Path file) {
        tasks.run(p -> env.open(file), s -> use(file, s),
                ex -> dialogs.error(i18n.get("workspace.failed"), i18n.explain(ex)));
    }

    /** A workspace opened elsewhere (the first-start screen) becomes the console's. */
    public void use(Path file, Services opened) {
        close();
        services = opened;
        workspace = file.toAbsolutePath();
        env.rememberWorkspace(workspace);
        title.set(i18n.get("app.title") + " — " + workspace.getFileName());
        shell.showWorkspace(opened);
        refreshStatus();
    }

    public void chooseAndOpen() {
        dialogs.chooseFileToOpen(i18n.get("menu.workspace.open"), "db", "sqlite").ifPresent(this::open);
    }

    /** Closes this workspace and shows the first-start screen with a new file name beside the default. */
    public void newWorkspace() {
        close();
        title.set(i18n.get("app.title"));
        shell.showWelcome(env.defaultWorkspace().resolveSibling(
                "workspace-" + System.currentTimeMillis() / 1000 + ".sortes.db"));
    }

    public void backup() {
        if (services == null) {
            return;
        }
        String what = i18n.get("menu.workspace.backup");
        dialogs.chooseFileToSave(what, workspace.getFileName().toString().replaceFirst("\\.db$", "") + "-backup.db")
                .ifPresent(target -> runJob(i18n.get("job.backup", target.getFileName()), false, p -> {
                    services.integrity().backup(target, org.sortes.session.IntegrityService.Trigger.CONSOLE);
                    return target;
                }, t -> dialogs.info(what, i18n.get("cli.backup.done", t)),
                        ex -> dialogs.error(what, i18n.explain(ex))));
    }

    /** Replaces the workspace with a backup after asking; the backup is checked whole first (the service). */
    public void restore() {
        if (services == null) {
            return;
        }
        String what = i18n.get("menu.workspace.restore");
        dialogs.chooseFileToOpen(what, "db").ifPresent(from -> {
            if (dialogs.confirm(what, i18n.get("restore.confirm", from, workspace))) {
                runJob(i18n.get("job.restore", from.getFileName()), false, p -> {
                    services.integrity().restore(from);
                    return from;
                }, f -> {
                    shell.registersChanged();
                    refreshStatus();
                    dialogs.info(what, i18n.get("cli.restore.done", f));
                }, ex -> dialogs.error(what, i18n.explain(ex)));
            }
        });
    }

    /** Who operates, asked and recorded in the audit log (off the FX thread). */
    public void changeOperator() {
        askOperatorThen(() -> { });
    }

    /**
     * Asks who runs the session (the officer's real name, not the computer's login) and records it
     * before anything else happens, so that the session and its documents name them; then runs next.
     */
    public void askOperatorThen(Runnable next) {
        if (services == null) {
            return;
        }
        String what = i18n.get("menu.workspace.operator");
        dialogs.askText(what, i18n.get("operator.prompt"), env.namedOperator().orElse("")).ifPresent(typed -> {
            String name;
            try {
                name = org.sortes.session.OperatorName.checked(typed);
            } catch (RuntimeException ex) {
                dialogs.error(what, i18n.explain(ex)); // the name in use stays
                return;
            }
            env.setOperator(name);
            tasks.run(p -> {
                services.integrity().recordSetting("operator", name);
                return name;
            }, n -> {
                refreshStatus();
                next.run();
            }, ex -> dialogs.error(what, i18n.explain(ex)));
        });
    }

    /** The interface's language, saved for the next start. */
    public void chooseLanguage() {
        String what = i18n.get("menu.workspace.language");
        String chinese = i18n.get("language.zh");
        String english = i18n.get("language.en");
        String now = i18n.locale().getLanguage().equals("en") ? english : chinese;
        dialogs.choose(what, i18n.get("language.prompt"), List.of(chinese, english), now).ifPresent(choice -> {
            env.remember("language", choice.equals(english) ? "en" : "zh");
            dialogs.info(what, i18n.get("language.restart"));
        });
    }

    /** Checks minutes or a proof file as a notary would with `sortes verify`; needs no workspace. */
    public void verify() {
        dialogs.chooseFileToOpen(i18n.get("menu.tools.verify"), "pdf", "json").ifPresent(this::verify);
    }

    public void verify(Path file) {
        String what = i18n.get("menu.tools.verify");
        runJob(i18n.get("job.verify", file.getFileName()), true, p -> ProofVerification.check(file, List.of(), p), v -> {
            if (v.valid()) {
                dialogs.info(what, i18n.get("verify.ui.valid", file.getFileName()));
            } else {
                dialogs.error(what, i18n.get("verify.ui.invalid", file.getFileName(),
                        i18n.get(v.messageKey(), v.args().toArray())));
            }
        }, ex -> {
            if (!(ex instanceof org.sortes.progress.CancelledException)) { // stopped by the officer: nothing to say
                dialogs.error(what, i18n.get("verify.ui.unreadable", i18n.explain(ex)));
            }
        });
    }

    /** Asks for a register file and starts its import. */
    public void importInto(Register register) {
        if (services == null) {
            return;
        }
        dialogs.chooseFileToOpen(i18n.get("import.choose", i18n.get("register." + register.table())),
                "csv", "xlsx", "txt").ifPresent(f -> shell.startImport(register, f));
    }

    public void showAbout() {
        dialogs.info(i18n.get("app.title"), i18n.get("about.text"));
    }

    /** Reads the register counts again (off the FX thread) into the status line. */
    public void refreshStatus() {
        if (services == null) {
            return;
        }
        Services reading = services;
        Path file = workspace;
        tasks.run(p -> reading.directory().counts(), counts -> status.set(i18n.get("status.line", file,
                counts.get(Register.SUBJECTS), counts.get(Register.INSPECTORS), counts.get(Register.ITEMS),
                counts.get(Register.DEPARTMENTS)) + "    " + i18n.get("status.operator", env.operator())),
                ex -> status.set(i18n.explain(ex)));
    }

    /** Closes the open workspace (its lock is released); the window stays. */
    public void close() {
        if (services != null) {
            services.close();
            services = null;
            workspace = null;
        }
    }
}
