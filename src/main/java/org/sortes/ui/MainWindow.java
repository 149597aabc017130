package org.sortes.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
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
    private final WorkspaceViewModel workspace;
    private Services services;
    private org.sortes.ui.session.CeremonyWindows ceremony;

    public MainWindow(Stage stage, AppEnvironment env, TaskRunner tasks) {
        this.stage = stage;
        this.env = env;
        this.tasks = tasks;
        this.i18n = env.i18n();
        this.dialogs = new FxDialogService(stage, i18n);
        this.workspace = new WorkspaceViewModel(env, tasks, dialogs, i18n, new WorkspaceViewModel.Shell() {
            @Override
            public void showWorkspace(Services opened) {
                MainWindow.this.showWorkspace(opened);
            }

            @Override
            public void showWelcome(Path suggested) {
                MainWindow.this.showWelcome(suggested);
            }

            @Override
            public void showOpening(Path file) {
                root.setTop(null);
                root.setBottom(null);
                root.setCenter(WelcomeView.opening(i18n, file));
            }

            @Override
            public void registersChanged() {
                models.values().forEach(RegisterViewModel::reload);
            }

            @Override
            public void startImport(Register register, Path file) {
                MainWindow.this.startImport(register, file);
            }
        });
        root.setId("main");
        Scene scene = new Scene(root, 1360, 820);
        Styles.styled(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.titleProperty());
        status.textProperty().bind(workspace.statusProperty());
        stage.setOnHidden(e -> workspace.close());
    }

    /** Opens the last (or default) workspace if it exists, otherwise the first-start screen. */
    public void show() {
        workspace.start();
        Styles.showSized(stage);
    }

    public Parent root() {
        return root;
    }

    private void showWelcome(Path suggested) {
        services = null;
        WelcomeViewModel model = new WelcomeViewModel(env, tasks, dialogs, i18n, suggested, workspace::use,
                workspace::open);
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(new WelcomeView(model, i18n).node());
    }

    /** Opens a workspace file (tests open theirs here). */
    void open(Path file) {
        workspace.open(file);
    }

    private void showWorkspace(Services opened) {
        this.services = opened;
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
        // a long job of the workspace menu: what runs, how far, and a way to stop it when it can be
        Label job = new Label();
        job.textProperty().bind(workspace.jobProperty());
        javafx.scene.control.ProgressBar jobProgress = new javafx.scene.control.ProgressBar();
        jobProgress.progressProperty().bind(workspace.jobProgressProperty());
        jobProgress.setPrefWidth(180);
        javafx.scene.control.Button stop = new javafx.scene.control.Button(i18n.get("job.cancel"));
        stop.setOnAction(e -> workspace.cancelJob());
        stop.visibleProperty().bind(workspace.jobCancellableProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        HBox jobBox = new HBox(8, job, jobProgress, stop);
        jobBox.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        jobBox.visibleProperty().bind(workspace.jobProperty().isNotEmpty());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(status, gap, jobBox);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(bar);
    }

    /** What the register tabs open: the record form, the import; and the counts after a change. */
    private final org.sortes.ui.directory.RegisterWindows registerWindows = new org.sortes.ui.directory.RegisterWindows() {
        @Override
        public void editRecord(Register register, DirectoryRecord existing) {
            edit(register, existing);
        }

        @Override
        public void importInto(Register register) {
            workspace.importInto(register);
        }

        @Override
        public void registersChanged() {
            workspace.refreshStatus();
        }
    };

    private Tab sessionsTab() {
        SessionsViewModel model = new SessionsViewModel(services.draw(), services.documents(), services.results(), tasks,
                dialogs, new org.sortes.ui.session.SessionWindows() {
                    @Override
                    public void askOperatorThen(Runnable next) {
                        workspace.askOperatorThen(next);
                    }

                    @Override
                    public void showCeremony(long sessionId, Runnable closed) {
                        MainWindow.this.showCeremony(sessionId, closed);
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
        Styles.showSized(window);
        if (!model.kinds().isEmpty()) {
            model.open(model.kinds().get(model.kinds().size() > 1 ? 1 : 0));
        }
    }

    private void showCeremony(long id, Runnable closed) {
        ceremony = new org.sortes.ui.session.CeremonyWindows(stage, services, tasks, i18n, id);
        ceremony.onClosed(closed);
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
        model.onCreate((json, rehearsal) -> workspace.askOperatorThen(() -> sessions.createFromJson(json, rehearsal, id -> {
            window.close();
            sessions.showCeremony(id);
        })));
        Scene scene = new Scene((Parent) view.node(), 1240, 820);
        Styles.styled(scene);
        window.setScene(scene);
        Styles.showSized(window);
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
        file.getItems().addAll(item("menu.workspace.open", workspace::chooseAndOpen),
                item("menu.workspace.new", workspace::newWorkspace), new SeparatorMenuItem(),
                item("menu.workspace.operator", workspace::changeOperator),
                item("menu.workspace.language", workspace::chooseLanguage),
                item("menu.workspace.backup", workspace::backup), item("menu.workspace.restore", workspace::restore),
                new SeparatorMenuItem(), item("menu.workspace.quit", stage::close));
        Menu imports = new Menu(i18n.get("menu.import"));
        for (Register r : Register.values()) {
            MenuItem item = new MenuItem(i18n.get("register." + r.table()) + "…");
            item.setOnAction(e -> workspace.importInto(r));
            imports.getItems().add(item);
        }
        Menu tools = new Menu(i18n.get("menu.tools"));
        tools.getItems().add(item("menu.tools.verify", workspace::verify));
        Menu help = new Menu(i18n.get("menu.help"));
        help.getItems().add(item("menu.help.about", workspace::showAbout));
        return new MenuBar(file, imports, tools, help);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Starts the import flow for a file (also used by tests, which have no file chooser). */
    public void startImport(Register r, Path f) {
        new ImportDialog(stage, new org.sortes.ui.directory.ImportViewModel(r, f, services.directory(), tasks, dialogs,
                i18n), i18n, committed -> {
            if (committed) {
                models.values().forEach(RegisterViewModel::reload);
                workspace.refreshStatus();
            }
        }).start();
    }

    private void edit(Register r, DirectoryRecord existing) {
        RecordForm.show(stage, new org.sortes.ui.directory.RecordFormViewModel(r, existing, services.directory(), tasks,
                i18n), i18n).ifPresent(saved -> {
            models.values().forEach(RegisterViewModel::reload);
            models.get(r).selectedProperty().set(saved);
            workspace.refreshStatus();
        });
    }
}
