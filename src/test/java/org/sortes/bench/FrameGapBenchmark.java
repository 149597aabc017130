package org.sortes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.animation.RotateTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.ui.FxTaskRunner;
import org.sortes.ui.Styles;
import org.sortes.ui.session.AudienceView;
import org.sortes.ui.session.AudienceViewModel;
import org.sortes.ui.session.CeremonyView;
import org.sortes.ui.session.CeremonyViewModel;
import org.sortes.ui.session.SessionWindows;
import org.sortes.ui.session.SessionsView;
import org.sortes.ui.session.SessionsViewModel;

/**
 * The console's frames while a session of a million subjects is frozen and drawn: the wizard and the
 * audience display run with the real toolkit (under Xvfb), in the application's style, opened from the
 * sessions tab as the officer opens them, a spinning square keeps a frame due every
 * pulse, and an AnimationTimer records the gap between consecutive frames during each stage. The
 * stages run through the wizard's own view model and task runner, exactly as the officer's keys do.
 *
 * <pre>DISPLAY=:79 java -XX:MaxGCPauseMillis=30 -cp "target/sortes.jar:target/lib/*:target/test-classes" \
 *     org.sortes.bench.FrameGapBenchmark WORKSPACE.db PLAN.json</pre>
 * Use a copy of a workspace: a session is created, drawn and locked in it.
 */
public final class FrameGapBenchmark {
    private FrameGapBenchmark() {
    }

    /** A plain main: a class that extends Application is refused as a main class on the classpath. */
    public static void main(String[] args) {
        Application.launch(Run.class, args);
    }

    public static final class Run extends Application {
    private long last;
    private long lastCpu;
    private long lastRenderCpu;
    private long lastProcessCpu;
    /** The toolkit's rendering thread, whose time on a frame is the other half of it. */
    private long renderer = -1;
    private long lastCollected;

    /** The machine's one-minute load average (another tenant shares these cores). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
    private final long t0 = System.nanoTime();
    private String phase = "idle";
    private final java.util.Map<String, List<Long>> byPhase = new java.util.LinkedHashMap<>();

    @Override
    public void start(Stage stage) throws Exception {
        Path workspace = Path.of(getParameters().getRaw().get(0));
        String plan = Files.readString(Path.of(getParameters().getRaw().get(1)));
        I18n i18n = new I18n(I18n.CHINESE);
        // the console's own type, registered as the application does at start
        org.sortes.ui.ConsoleFonts.register(org.sortes.app.BundledFiles.cached(
                Path.of(System.getProperty("java.io.tmpdir"), "sortes-bench-fonts"),
                org.sortes.app.BundledFiles.inJar(org.sortes.ui.ConsoleFonts.FOLDER, org.sortes.ui.ConsoleFonts.FILES)));
        WorkspaceServices services = WorkspaceServices.open(workspace, Clock.systemDefaultZone(), () -> "基准测试", i18n);
        long id = services.draw().createPlan(plan);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        CeremonyViewModel model = new CeremonyViewModel(services.draw(), services.audience(), services.documents(),
                (owner, job, pages) -> org.sortes.ui.Printing.Choice.none(org.sortes.ui.Printing.Refused.NO_PRINTER), dialogs,
                new FxTaskRunner(), i18n, id);
        Rectangle spinner = new Rectangle(40, 40);
        RotateTransition spin = new RotateTransition(Duration.seconds(1), spinner);
        spin.setByAngle(360);
        spin.setCycleCount(RotateTransition.INDEFINITE);
        spin.play();
        // the officer comes to the wizard from the sessions tab, where he picks the session: the console's
        // tables and fields have been shown before, in the application's style, as in CeremonyWindows
        SessionsViewModel sessions = new SessionsViewModel(services.draw(), services.documents(), services.results(),
                new FxTaskRunner(), dialogs, new NoWindows(), i18n);
        BorderPane root = new BorderPane(new SessionsView(sessions, i18n).node());
        root.setTop(spinner);
        stage.setScene(Styles.styled(new Scene(root, 1240, 860)));
        stage.show();
        sessions.refresh();
        sessions.sessions().stream().filter(s -> s.id() == id).findFirst().ifPresent(sessions.selectedProperty()::set);
        Stage audience = new Stage();
        audience.setScene(Styles.styled(new Scene((Parent) new AudienceView(new AudienceViewModel(model.snapshotProperty(),
                model.shownTargetsProperty(), i18n), i18n).node(), 1920, 1080)));
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // what the windows' thread itself ran, and the collector's pauses, over the gap: a long gap
                // the thread did not run through (and no pause explains) was the machine's, not the program's
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                if (renderer < 0) {
                    renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                            .mapToLong(Thread::getId).findFirst().orElse(-1);
                }
                long cpu = threads.getCurrentThreadCpuTime();
                long renderCpu = renderer < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderer));
                long processCpu = ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
                long collected = 0;
                for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                    collected += Math.max(0, gc.getCollectionTime());
                }
                if (last != 0) {
                    long gap = (now - last) / 1_000_000;
                    byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(gap);
                    if (gap > 90) {
                        System.out.printf("  gap %d ms in %s at %d ms of the run (%s): the windows' thread ran %d ms, "
                                + "the renderer %d ms, the whole process %d ms of CPU; collections %d ms, load %s%n",
                                gap, phase, (now - t0) / 1_000_000,
                                java.time.LocalTime.now(), // the wall clock, to find the frame in a flight recording
                                (cpu - lastCpu) / 1_000_000, (renderCpu - lastRenderCpu) / 1_000_000,
                                (processCpu - lastProcessCpu) / 1_000_000, collected - lastCollected, loadAverage());
                    }
                }
                last = now;
                lastCpu = cpu;
                lastRenderCpu = renderCpu;
                lastProcessCpu = processCpu;
                lastCollected = collected;
            }
        }.start();
        model.refresh();
        Path slip = Files.createTempDirectory("sortes-bench-slip").resolve("secret.txt");
        List<Runnable> script = new ArrayList<>();
        script.add(() -> run("freeze", model::freeze, () -> !model.busyProperty().get(), model));
        script.add(() -> {
            dialogs.files.add(slip);
            run("commit", model::commit, () -> !model.busyProperty().get(), model);
        });
        script.add(() -> {
            model.observerNameProperty().set("张公证");
            model.observerDigitsProperty().set(Sessions.DIGITS);
            run("observer", model::addObserver, () -> !model.busyProperty().get(), model);
        });
        script.add(() -> run("closeDigits", model::closeDigits, () -> true, model));
        script.add(() -> {
            model.beaconValueProperty().set(Sessions.BEACON);
            run("beacon", model::enterBeacon, () -> !model.busyProperty().get(), model);
        });
        script.add(() -> {
            dialogs.files.add(slip);
            model.loadSecret();
            run("reveal", model::reveal, () -> !model.busyProperty().get(), model);
        });
        script.add(() -> run("draw", model::draw, () -> !model.busyProperty().get(), model));
        script.add(() -> run("showAll", model::showAll, () -> true, model));
        new Thread(() -> {
            try {
                Thread.sleep(1500);
                Platform.runLater(() -> {
                    root.setCenter(new CeremonyView(model, i18n).node());
                    audience.show();
                });
                Thread.sleep(1500);
                for (Runnable step : script) {
                    step.run();
                    Thread.sleep(1500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(() -> {
                report(model);
                services.close();
                Platform.exit();
            });
        }, "bench-script").start();
    }

    /** The benchmark opens no other window from the sessions tab. */
    private static final class NoWindows implements SessionWindows {
        @Override
        public void askOperatorThen(Runnable next) {
            next.run();
        }

        @Override
        public void showCeremony(long sessionId, Runnable closed) {
        }

        @Override
        public void openEditor(SessionsViewModel sessions) {
        }

        @Override
        public void openPreview(org.sortes.session.DrawSession session) {
        }

        @Override
        public void enterResult(SessionsViewModel sessions, SessionsViewModel.TargetLine target) {
        }
    }

    /** Starts a stage's action on the FX thread and waits (on this thread) until it is done. */
    private void run(String name, Runnable action, BooleanSupplier done, CeremonyViewModel model) {
        long t0 = System.nanoTime();
        Platform.runLater(() -> {
            phase = name;
            System.out.printf("  %s starts at %d ms of the run%n", name, (System.nanoTime() - this.t0) / 1_000_000);
            action.run();
        });
        try {
            Thread.sleep(200);
            while (true) {
                boolean[] finished = {false};
                java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    finished[0] = done.getAsBoolean();
                    latch.countDown();
                });
                latch.await();
                if (finished[0]) {
                    break;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf("%-12s %6d ms  %s%s%n", name, (System.nanoTime() - t0) / 1_000_000, model.messageProperty().get(),
                model.errorProperty().get().isEmpty() ? "" : " ERROR " + model.errorProperty().get());
        Platform.runLater(() -> phase = "after " + name);
    }

    private void report(CeremonyViewModel model) {
        System.out.println("frame gaps by stage (ms): frames, median, 99th percentile, longest");
        for (var e : byPhase.entrySet()) {
            List<Long> g = new ArrayList<>(e.getValue());
            g.sort(null);
            System.out.printf("%-20s %6d %5d %5d %6d%n", e.getKey(), g.size(), g.get(g.size() / 2),
                    g.get(Math.min(g.size() - 1, (int) (g.size() * 0.99))), g.get(g.size() - 1));
        }
    }
    }
}
