package org.sortes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.ProofJson;
import org.sortes.session.ProofVerification;
import org.sortes.session.Services;
import org.sortes.ui.audit.AuditView;
import org.sortes.ui.audit.AuditViewModel;
import org.sortes.ui.directory.ImportDialog;
import org.sortes.ui.directory.RecordForm;
import org.sortes.ui.directory.RegisterView;
import org.sortes.ui.directory.RegisterViewModel;
import org.sortes.ui.session.ResultDialog;
import org.sortes.ui.session.SessionsView;
import org.sortes.ui.session.SessionsViewModel;

/**
 * The operator console. Without a workspace it shows the first-start screen (create a demo or an
 * empty workspace, or open one); with one, the four registers as tabs.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppEnvironment env;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Map<Register, RegisterViewModel> models = new EnumMap<>(Register.class);
    private Services services;
    private Path workspace;
    private org.sortes.ui.session.CeremonyWindows ceremony;

    public MainWindow(Stage stage, AppEnvironment env, TaskRunner tasks) {
        this.stage = stage;
        this.env = env;
        this.tasks = tasks;
        this.i18n = env.i18n();
        this.dialogs = new FxDialogService(stage, i18n);
        root.setId("main");
        Scene scene = new Scene(root, 1360, 820);
        Styles.styled(scene);
        stage.setScene(scene);
        stage.setTitle(i18n.get("app.title"));
        stage.setOnHidden(e -> closeWorkspace());
    }

    /** Opens the last (or default) workspace if it exists, otherwise the first-start screen. */
    public void show() {
        Path last = env.lastWorkspace().filter(Files::isRegularFile).orElse(env.defaultWorkspace());
        if (Files.isRegularFile(last)) {
            open(last);
        } else {
            showWelcome(last);
        }
        stage.show();
    }

    public Parent root() {
        return root;
    }

    void showWelcome(Path suggested) {
        WelcomeViewModel model = new WelcomeViewModel(env, tasks, dialogs, i18n, suggested, this::useWorkspace,
                this::open);
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(new WelcomeView(model, i18n).node());
    }

    void open(Path file) {
        tasks.run(p -> env.open(file), s -> useWorkspace(file, s),
                ex -> dialogs.error(i18n.get("workspace.failed"), i18n.explain(ex)));
    }

    private void useWorkspace(Path file, Services opened) {
        closeWorkspace();
        this.services = opened;
        this.workspace = file.toAbsolutePath();
        env.rememberWorkspace(workspace);
        stage.setTitle(i18n.get("app.title") + " — " + workspace.getFileName());
        TabPane tabs = new TabPane();
        tabs.setId("registers");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        models.clear();
        for (Register r : new Register[] {Register.SUBJECTS, Register.INSPECTORS, Register.ITEMS, Register.DEPARTMENTS}) {
            tabs.getTabs().add(lazyTab(i18n.get("register." + r.table()), "tab-" + r.table(), () -> {
                RegisterViewModel model = new RegisterViewModel(r, services.directory(), tasks, i18n, dialogs,
                        registerWindows);
                RegisterView view = new RegisterView(model, i18n);
                models.put(r, model);
                model.reload();
                return view.node();
            }, null));
        }
        tabs.getTabs().add(sessionsTab());
        AuditViewModel auditModel = new AuditViewModel(services.integrity(), tasks, i18n, dialogs);
        tabs.getTabs().add(lazyTab(i18n.get("audit.title"), "tab-audit", () -> {
            return new AuditView(auditModel, i18n).node();
        }, auditModel::refresh));
        root.setTop(menu());
        root.setCenter(tabs);
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(bar);
        updateStatus();
    }

    /** What the register tabs open: the record form, the import; and the counts after a change. */
    private final org.sortes.ui.directory.RegisterWindows registerWindows = new org.sortes.ui.directory.RegisterWindows() {
        @Override
        public void editRecord(Register register, DirectoryRecord existing) {
            edit(register, existing);
        }

        @Override
        public void importInto(Register register) {
            importFile(register);
        }

        @Override
        public void registersChanged() {
            updateStatus();
        }
    };

    private Tab sessionsTab() {
        SessionsViewModel model = new SessionsViewModel(services.draw(), services.documents(), services.results(), tasks,
                dialogs, new org.sortes.ui.session.SessionWindows() {
                    @Override
                    public void askOperatorThen(Runnable next) {
                        askOperator(next);
                    }

                    @Override
                    public void showCeremony(long sessionId) {
                        MainWindow.this.showCeremony(sessionId);
                    }

                    @Override
                    public void openEditor(SessionsViewModel sessions) {
                        MainWindow.this.openEditor(sessions);
                    }

                    @Override
                    public void openPreview(org.sortes.session.DrawSession session) {
                        MainWindow.this.openPreview(session);
                    }

                    @Override
                    public void enterResult(SessionsViewModel sessions, SessionsViewModel.TargetLine target) {
                        ResultDialog.show(stage, sessions, target, i18n);
                    }
                }, i18n);
        return lazyTab(i18n.get("sessions.title"), "tab-sessions", () -> new SessionsView(model, i18n).node(),
                model::refresh);
    }

    /**
     * A tab whose content is built the first time it is shown: the window paints its first tab without
     * laying out and styling the others (start-up), and onShown runs each time it is selected.
     */
    private static Tab lazyTab(String title, String id, java.util.function.Supplier<javafx.scene.Node> content,
                               Runnable onShown) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                if (tab.getContent() == null) {
                    tab.setContent(content.get());
                }
                if (onShown != null) {
                    onShown.run();
                }
            }
        });
        return tab;
    }

    /** The session's documents in a window of their own: previewed, printed and saved from there. */
    private void openPreview(org.sortes.session.DrawSession session) {
        if (session == null) {
            return;
        }
        org.sortes.ui.session.DocumentPreviewViewModel model = new org.sortes.ui.session.DocumentPreviewViewModel(
                services.documents(), session, tasks, dialogs, new FxPrinting(), i18n);
        javafx.stage.Stage window = new javafx.stage.Stage();
        window.initOwner(stage);
        window.setTitle(i18n.get("preview.title", session.id(), session.name()));
        org.sortes.ui.session.DocumentPreviewView view = new org.sortes.ui.session.DocumentPreviewView(model, i18n,
                window::close);
        javafx.scene.Scene scene = new javafx.scene.Scene((javafx.scene.Parent) view.node(), 1100, 900);
        org.sortes.ui.Styles.styled(scene);
        window.setScene(scene);
        // the temporary files go with the window; a job still running is cancelled first
        window.setOnHidden(e -> model.close());
        window.show();
        if (!model.kinds().isEmpty()) {
            model.open(model.kinds().get(model.kinds().size() > 1 ? 1 : 0));
        }
    }

    /**
     * Asks who runs the session (the officer's real name, not the computer's login) and records it
     * before anything else happens, so that the session and its documents name them; then runs next.
     */
    private void askOperator(Runnable next) {
        Optional<String> name = dialogs.askText(i18n.get("menu.workspace.operator"), i18n.get("operator.prompt"),
                env.operator());
        if (name.isEmpty()) {
            return;
        }
        env.setOperator(name.get());
        tasks.run(p -> {
            services.integrity().recordSetting("operator", name.get());
            return name.get();
        }, n -> {
            updateStatus();
            next.run();
        }, ex -> dialogs.error(i18n.get("sessions.ceremony"), i18n.explain(ex)));
    }

    private void showCeremony(long id) {
        ceremony = new org.sortes.ui.session.CeremonyWindows(stage, services, tasks, i18n, id);
        ceremony.show(env.setting("audience.screen"), b -> env.remember("audience.screen", b), i18n);
    }

    /**
     * The plan editor in its own window: the plan's choices with a live preview; it creates a session
     * or a rehearsal (then the wizard opens), and saves or loads the plan file. With a session selected,
     * it starts from that session's plan.
     */
    void openEditor(SessionsViewModel sessions) {
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(i18n.get("editor.title"));
        org.sortes.ui.session.PlanEditorViewModel model = new org.sortes.ui.session.PlanEditorViewModel(services.draw(),
                services.directory(), new FxDialogService(window, i18n), tasks, i18n, java.time.LocalDate.now());
        org.sortes.ui.session.PlanEditorView view = new org.sortes.ui.session.PlanEditorView(model, i18n);
        // who runs it is asked first; the editor closes and the wizard opens on the new session
        model.onCreate((json, rehearsal) -> askOperator(() -> sessions.createFromJson(json, rehearsal, id -> {
            window.close();
            showCeremony(id);
        })));
        Scene scene = new Scene((Parent) view.node(), 1240, 820);
        Styles.styled(scene);
        window.setScene(scene);
        window.show();
        model.load();
        if (sessions.selectedProperty().get() != null) {
            model.copyFrom(sessions.selectedProperty().get().id());
        }
    }

    /** The live session's windows, while open (tests look at them). */
    public org.sortes.ui.session.CeremonyWindows ceremony() {
        return ceremony;
    }

    private MenuBar menu() {
        Menu file = new Menu(i18n.get("menu.workspace"));
        MenuItem open = new MenuItem(i18n.get("menu.workspace.open"));
        open.setOnAction(e -> dialogs.chooseFileToOpen(i18n.get("menu.workspace.open"), "db", "sqlite").ifPresent(this::open));
        MenuItem create = new MenuItem(i18n.get("menu.workspace.new"));
        create.setOnAction(e -> {
            closeWorkspace();
            showWelcome(env.defaultWorkspace().resolveSibling("workspace-" + System.currentTimeMillis() / 1000 + ".sortes.db"));
        });
        MenuItem backup = new MenuItem(i18n.get("menu.workspace.backup"));
        backup.setOnAction(e -> dialogs.chooseFileToSave(i18n.get("menu.workspace.backup"),
                workspace.getFileName().toString().replaceFirst("\\.db$", "") + "-backup.db").ifPresent(target ->
                tasks.run(p -> {
                    services.integrity().backup(target, "from the console");
                    return target;
                }, t -> dialogs.info(i18n.get("menu.workspace.backup"), i18n.get("cli.backup.done", t)),
                        ex -> dialogs.error(i18n.get("menu.workspace.backup"), i18n.explain(ex)))));
        MenuItem restore = new MenuItem(i18n.get("menu.workspace.restore"));
        restore.setOnAction(e -> dialogs.chooseFileToOpen(i18n.get("menu.workspace.restore"), "db").ifPresent(from -> {
            if (dialogs.confirm(i18n.get("menu.workspace.restore"), i18n.get("restore.confirm", from, workspace))) {
                tasks.run(p -> {
                    services.integrity().restore(from);
                    return from;
                }, f -> {
                    models.values().forEach(RegisterViewModel::reload);
                    updateStatus();
                    dialogs.info(i18n.get("menu.workspace.restore"), i18n.get("cli.restore.done", f));
                }, ex -> dialogs.error(i18n.get("menu.workspace.restore"), i18n.explain(ex)));
            }
        }));
        MenuItem operator = new MenuItem(i18n.get("menu.workspace.operator"));
        operator.setOnAction(e -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(env.operator());
            ask.initOwner(stage);
            ask.setTitle(i18n.get("menu.workspace.operator"));
            ask.setHeaderText(i18n.get("operator.prompt"));
            ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
                env.setOperator(name);
                services.integrity().recordSetting("operator", name);
                updateStatus();
            });
        });
        MenuItem language = new MenuItem(i18n.get("menu.workspace.language"));
        language.setOnAction(e -> {
            javafx.scene.control.ChoiceDialog<String> ask = new javafx.scene.control.ChoiceDialog<>(
                    i18n.get("language.zh"), i18n.get("language.zh"), i18n.get("language.en"));
            ask.initOwner(stage);
            ask.setTitle(i18n.get("menu.workspace.language"));
            ask.setHeaderText(i18n.get("language.prompt"));
            ask.showAndWait().ifPresent(choice -> {
                env.remember("language", choice.equals(i18n.get("language.en")) ? "en" : "zh");
                dialogs.info(i18n.get("menu.workspace.language"), i18n.get("language.restart"));
            });
        });
        MenuItem quit = new MenuItem(i18n.get("menu.workspace.quit"));
        quit.setOnAction(e -> stage.close());
        file.getItems().addAll(open, create, new SeparatorMenuItem(), operator, language, backup, restore,
                new SeparatorMenuItem(), quit);
        Menu imports = new Menu(i18n.get("menu.import"));
        for (Register r : Register.values()) {
            MenuItem item = new MenuItem(i18n.get("register." + r.table()) + "…");
            item.setOnAction(e -> importFile(r));
            imports.getItems().add(item);
        }
        Menu tools = new Menu(i18n.get("menu.tools"));
        MenuItem verify = new MenuItem(i18n.get("menu.tools.verify"));
        verify.setOnAction(e -> dialogs.chooseFileToOpen(i18n.get("menu.tools.verify"), "pdf", "json")
                .ifPresent(this::verify));
        tools.getItems().add(verify);
        Menu help = new Menu(i18n.get("menu.help"));
        MenuItem about = new MenuItem(i18n.get("menu.help.about"));
        about.setOnAction(e -> dialogs.info(i18n.get("app.title"), i18n.get("about.text")));
        help.getItems().add(about);
        return new MenuBar(file, imports, tools, help);
    }

    /** Checks minutes or a proof file as a notary would with `sortes verify`; needs no workspace. */
    private void verify(Path file) {
        String title = i18n.get("menu.tools.verify");
        tasks.run(p -> ProofVerification.check(file, java.util.List.of()), v -> {
            if (v.valid()) {
                dialogs.info(title, i18n.get("verify.ui.valid", file.getFileName()));
            } else {
                dialogs.error(title, i18n.get("verify.ui.invalid", file.getFileName(),
                        i18n.get(v.messageKey(), v.args().toArray())));
            }
        }, ex -> dialogs.error(title, i18n.get("verify.ui.unreadable", i18n.explain(ex))));
    }

    private void importFile(Register r) {
        dialogs.chooseFileToOpen(i18n.get("import.choose", i18n.get("register." + r.table())), "csv", "xlsx", "txt")
                .ifPresent(f -> startImport(r, f));
    }

    /** Starts the import flow for a file (also used by tests, which have no file chooser). */
    public void startImport(Register r, Path f) {
        new ImportDialog(stage, new org.sortes.ui.directory.ImportViewModel(r, f, services.directory(), tasks, dialogs,
                i18n), i18n, committed -> {
            if (committed) {
                models.values().forEach(RegisterViewModel::reload);
                updateStatus();
            }
        }).start();
    }

    private void edit(Register r, DirectoryRecord existing) {
        RecordForm.show(stage, r, existing, services.directory(), i18n).ifPresent(saved -> {
            models.values().forEach(RegisterViewModel::reload);
            models.get(r).selectedProperty().set(saved);
            updateStatus();
        });
    }

    private void updateStatus() {
        if (services == null) {
            return;
        }
        tasks.run(p -> services.directory().counts(), counts -> status.setText(i18n.get("status.line", workspace,
                counts.get(Register.SUBJECTS), counts.get(Register.INSPECTORS), counts.get(Register.ITEMS),
                counts.get(Register.DEPARTMENTS)) + "    " + i18n.get("status.operator", env.operator())),
                ex -> status.setText(i18n.explain(ex)));
    }

    private void closeWorkspace() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
