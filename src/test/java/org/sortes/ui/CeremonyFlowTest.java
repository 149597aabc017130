package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.DrawnTarget;
import org.sortes.session.ObserverRole;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.ui.session.AudienceView;
import org.sortes.ui.session.AudienceViewModel;
import org.sortes.ui.session.CeremonyView;
import org.sortes.ui.session.CeremonyViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole live session through the wizard's window, with the audience display (1920 x 1080) checked
 * at every stage; screenshots of both go to target/screenshots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class CeremonyFlowTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);
    static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    static WorkspaceServices services;
    static ScriptedDialogs dialogs = new ScriptedDialogs();
    static CeremonyViewModel model;
    static Stage audienceStage;
    static Stage operatorStage;
    static long sessionId;

    @Start
    void start(Stage stage) throws Exception {
        // the console's own type, as the real display has it: the cards' heights and the screenshots are the hall's
        ConsoleFonts.register(org.sortes.app.BundledFiles.cached(dir.resolve("fonts"),
                org.sortes.app.BundledFiles.inJar(ConsoleFonts.FOLDER, ConsoleFonts.FILES)));
        if (services != null) {
            services.close(); // the previous test's session
        }
        services = Sessions.demoWorkspace(dir.resolve("live-" + System.nanoTime() + ".sortes.db"), "王抽签");
        sessionId = services.draw().createPlan(Sessions.demoPlan());
        model = new CeremonyViewModel(services.draw(), services.audience(), services.documents(),
                (owner, job, pages) -> org.sortes.ui.Printing.Choice.none(org.sortes.ui.Printing.Refused.NO_PRINTER), dialogs, TaskRunner.sameThread(), CHINESE,
                sessionId);
        CeremonyView view = new CeremonyView(model, CHINESE);
        operatorStage = stage;
        stage.setScene(styled(new Scene((Parent) view.node(), 1280, 800)));
        stage.show();
        audienceStage = new Stage();
        AudienceView display = new AudienceView(new AudienceViewModel(model.snapshotProperty(),
                model.shownTargetsProperty(), CHINESE), CHINESE);
        audienceStage.setScene(styled(new Scene((Parent) display.node(), 1920, 1080)));
        audienceStage.setX(1300);
        audienceStage.show();
        model.refresh();
    }

    static Scene styled(Scene s) {
        s.getStylesheets().add(CeremonyFlowTest.class.getResource("/org/sortes/ui/sortes.css").toExternalForm());
        return s;
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** The wizard as an officer uses it: the stage's button, the observer's fields, pacing. */
    static final class WizardPage {
        private final FxRobot robot;

        WizardPage(FxRobot robot) {
            this.robot = robot;
        }

        /** The two windows overlap on the test's one screen: buttons are fired, as F5 and the keys do. */
        void press(String id) {
            robot.interact(() -> robot.lookup(id).queryButton().fire());
        }

        void runStage() {
            press("#ceremony-primary");
        }

        void observer(String name, ObserverRole role, String digits) {
            robot.interact(() -> {
                robot.lookup("#observer-name").queryAs(TextField.class).setText(name);
                model.observerRoleProperty().set(role);
                robot.lookup("#observer-digits").queryAs(TextField.class).setText(digits);
            });
            runStage();
        }

        void closeDigits() {
            press("#ceremony-close-digits");
        }

        void beacon(String value) {
            robot.interact(() -> robot.lookup("#beacon-value").queryAs(TextField.class).setText(value));
            runStage();
        }

        void secret(String hex) {
            robot.interact(() -> robot.lookup("#reveal-secret").queryAs(TextField.class).setText(hex));
            runStage();
        }

        void next() {
            press("#ceremony-next");
        }

        String error() {
            return robot.lookup("#ceremony-error").queryAs(Label.class).getText();
        }
    }

    /** The audience display as the hall reads it: every label's text, top to bottom. */
    static final class DisplayPage {
        private final FxRobot robot;

        DisplayPage(FxRobot robot) {
            this.robot = robot;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            collect(audienceStage.getScene().getRoot(), sb);
            return sb.toString();
        }

        private static void collect(Node n, StringBuilder sb) {
            if (!n.isVisible()) {
                return;
            }
            if (n instanceof Label l) {
                sb.append(l.getText()).append('\n');
            }
            if (n instanceof Parent p) {
                p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
            }
        }

        /** The hall sees the title and every shown card whole: nothing runs off the 1920 x 1080 screen. */
        void assertWholeOnScreen() {
            double height = audienceStage.getScene().getHeight();
            var title = robot.lookup("#audience-title").query();
            assertTrue(title.localToScene(title.getBoundsInLocal()).getMinY() >= 0, "the title is on screen");
            Parent cards = robot.lookup("#audience-targets").queryAs(Parent.class);
            int shown = 0;
            for (Node card : cards.getChildrenUnmodifiable()) {
                if (card.isVisible()) {
                    shown++;
                    assertTrue(card.localToScene(card.getBoundsInLocal()).getMaxY() <= height, "a card is cut");
                }
            }
            assertTrue(shown >= Math.min(2, model.shownTargetsProperty().get()),
                    "the newest target, with the one before it under it: " + shown + " card(s) on screen");
        }

        void shot(String name) throws Exception {
            Files.createDirectories(SHOTS);
            WritableImage[] image = {null};
            WritableImage[] wizard = {null};
            robot.interact(() -> {
                image[0] = audienceStage.getScene().snapshot(null);
                wizard[0] = operatorStage.getScene().snapshot(null);
            });
            write(image[0], SHOTS.resolve("audience-" + name + ".png"));
            write(wizard[0], SHOTS.resolve("wizard-" + name + ".png"));
            assertNothingCut(name);
        }

        /** Every text the hall is shown lies whole on the 1920 x 1080 screen, in the console's own type. */
        void assertNothingCut(String stage) {
            java.util.List<String> cut = new java.util.ArrayList<>();
            robot.interact(() -> collectCut(audienceStage.getScene().getRoot(), audienceStage.getScene(), cut));
            assertTrue(cut.isEmpty(), "cut at the screen's edge at " + stage + ": " + cut);
        }

        private static void collectCut(Node n, Scene scene, java.util.List<String> cut) {
            if (!n.isVisible()) {
                return;
            }
            if (n instanceof Label l && !l.getText().isEmpty() && !l.getStyleClass().contains("audience-watermark")) {
                javafx.geometry.Bounds b = l.localToScene(l.getBoundsInLocal());
                if (b.getMaxY() > scene.getHeight() + 0.5 || b.getMaxX() > scene.getWidth() + 0.5 || b.getMinY() < 0) {
                    cut.add(l.getText() + " " + b);
                }
            }
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    collectCut(child, scene, cut);
                }
            }
        }

        static void write(WritableImage image, Path file) throws Exception {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            PixelReader r = image.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, r.getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        }
    }

    /** Before F11 the display is a smaller window: its page is taller than it, and only the body may run off. */
    @Test
    void aSmallerWindow_keepsTheTitleAndTheStageWhole(FxRobot robot) {
        services.draw().freeze(sessionId);
        Sessions.commit(services.draw(), sessionId);
        services.draw().addObserver(sessionId, "张公证", ObserverRole.NOTARY, "3141592653");
        robot.interact(() -> {
            model.refresh();
            audienceStage.setWidth(1280);
            audienceStage.setHeight(720);
        });
        robot.interact(() -> { });
        double height = audienceStage.getScene().getHeight();
        Parent page = robot.lookup("#audience").queryAs(Parent.class);
        assertTrue(page.prefHeight(audienceStage.getScene().getWidth()) > height, "the page is taller than the window");
        for (String id : List.of("#audience-title", "#audience-heading")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            assertTrue(label.localToScene(label.getBoundsInLocal()).getMinY() >= 0, id + " is on screen");
            javafx.scene.text.Text shown = (javafx.scene.text.Text) label.lookup(".text");
            assertEquals(label.getText(), shown.getText(), id + " is whole, not cut with …");
        }
    }

    /** The longest observer the services take: its label wraps in its column, the values stay on the screen. */
    @Test
    void aLongObserverLabel_wrapsInItsColumn_theCommitmentStaysOnTheScreen(FxRobot robot) {
        services.draw().freeze(sessionId);
        Sessions.commit(services.draw(), sessionId);
        services.draw().addObserver(sessionId, "欧阳".repeat(25), ObserverRole.NPC_DEPUTY, "兰州市城关区人民代表大会常务委员会".repeat(5),
                null, "2718281828");
        robot.interact(() -> model.refresh());
        robot.interact(() -> { });
        double width = audienceStage.getScene().getWidth();
        String commitment = services.draw().session(sessionId).commitment().grouped();
        List<Label> shown = robot.lookup(".audience-code").queryAllAs(Label.class).stream().toList();
        assertTrue(shown.stream().anyMatch(l -> l.getText().equals(commitment)), "the commitment is shown");
        for (Label value : shown) {
            var bounds = value.localToScene(value.getBoundsInLocal());
            assertTrue(bounds.getMinX() > 0 && bounds.getMaxX() <= width, value.getText() + " at " + bounds);
        }
        for (Label label : robot.lookup(".audience-label").queryAllAs(Label.class)) {
            var bounds = label.localToScene(label.getBoundsInLocal());
            assertTrue(bounds.getWidth() <= org.sortes.ui.session.AudienceView.LABEL_WIDTH + 1, label.getText());
            javafx.scene.text.Text text = (javafx.scene.text.Text) label.lookup(".text");
            assertEquals(label.getText(), text.getText(), "wrapped, not cut with …");
        }
    }

    @Test
    void liveSession_planToLock_theDisplayShowsEveryStage(FxRobot robot) throws Exception {
        WizardPage wizard = new WizardPage(robot);
        DisplayPage display = new DisplayPage(robot);
        assertTrue(display.text().contains("抽签方案已建立"), display.text());

        wizard.runStage(); // freeze
        var frozen = services.draw().session(sessionId).frozen();
        assertTrue(display.text().contains(frozen.candidatesDigest().grouped()), model.stepProperty().get() + " " + model.snapshotProperty().get().state() + " err=" + model.errorProperty().get() + " / " + display.text());
        display.shot("1-frozen");

        Path slip = dir.resolve("u-disk-secret.txt");
        dialogs.files.add(slip);
        wizard.runStage(); // commit
        String secret = Files.readString(slip).strip();
        assertTrue(display.text().contains(services.draw().session(sessionId).commitment().grouped()));
        assertFalse(display.text().contains(secret.substring(0, 16)), "no secret before the reveal");
        display.shot("2-commitment");

        wizard.observer("张公证", ObserverRole.NOTARY, "3141592653");
        wizard.observer("李代表", ObserverRole.NPC_DEPUTY, "2718281828");
        wizard.observer("赵记者", ObserverRole.MEDIA, "1414213562");
        assertTrue(display.text().contains("3141 5926 53") && display.text().contains("1414 2135 62"), display.text());
        display.shot("3-entropy");
        wizard.closeDigits();
        wizard.beacon("517");
        assertTrue(display.text().contains("517"));

        wizard.secret("f".repeat(64));
        assertFalse(wizard.error().isEmpty(), "a wrong secret is refused");
        wizard.secret(secret);
        assertTrue(display.text().contains("承诺核验通过"), display.text());
        display.shot("4-reveal");

        wizard.runStage(); // draw
        List<DrawnTarget> engine = services.draw().targets(sessionId);
        for (int i = 0; i < 3; i++) {
            wizard.next();
        }
        String midDraw = display.text();
        assertTrue(midDraw.contains("已揭示 3 个，共 30 个"), midDraw);
        assertTrue(midDraw.contains(engine.get(2).subjectId() + "\n") && !midDraw.contains(engine.get(3).subjectId()),
                "the third is shown, the fourth not yet");
        assertTrue(midDraw.contains(engine.get(1).subjectId() + "\n"), "the second under it, whole on the screen");
        assertTrue(midDraw.contains(engine.get(2).ticket().substring(0, 20)), "the ticket's first 18 digits");
        display.shot("5-mid-draw");
        display.assertWholeOnScreen();
        assertFalse(robot.lookup("#ceremony-next").queryButton().isDisabled());
        wizard.press("#ceremony-all");
        assertTrue(robot.lookup("#ceremony-next").queryButton().isDisabled()
                && robot.lookup("#ceremony-all").queryButton().isDisabled(), "nothing is left to reveal");
        wizard.runStage(); // lock
        assertEquals(org.sortes.session.SessionState.LOCKED, services.draw().session(sessionId).state());
        String done = display.text();
        assertTrue(done.contains("证明文件摘要") && robot.lookup("#audience-qr").tryQuery().isPresent(), done);
        display.shot("6-final");
        // the officer's result list: every target the engine drew, in its order, with its ticket
        javafx.scene.control.TableView<?> results = robot.lookup("#ceremony-results").queryAs(javafx.scene.control.TableView.class);
        assertTrue(results.isVisible());
        assertEquals(engine.size(), results.getItems().size());
        for (int i = 0; i < engine.size(); i++) {
            org.sortes.session.AudienceSnapshot.Target row = (org.sortes.session.AudienceSnapshot.Target) results.getItems().get(i);
            assertEquals(engine.get(i).subjectId(), row.subjectId(), "row " + i);
            assertEquals(engine.get(i).rank(), row.rank(), "row " + i);
            assertTrue(engine.get(i).ticket().startsWith(row.ticket()), "row " + i + ": " + row.ticket());
        }
    }
}
