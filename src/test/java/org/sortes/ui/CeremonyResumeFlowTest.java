package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.DrawService;
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
 * A rehearsal interrupted after the observers' digits and the beacon, reopened on a workspace opened
 * anew: both windows come back at the reveal, and the display carries the rehearsal mark.
 */
@ExtendWith(ApplicationExtension.class)
class CeremonyResumeFlowTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);
    @TempDir
    static Path dir;
    static WorkspaceServices services;
    static CeremonyViewModel model;
    static Stage audience;
    static String secret;
    static long id;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("resume.sortes.db");
        try (WorkspaceServices first = Sessions.demoWorkspace(file, "王抽签")) {
            DrawService draw = first.draw();
            id = draw.createRehearsal(Sessions.demoPlan());
            draw.freeze(id);
            secret = Sessions.commit(draw, id);
            draw.addObserver(id, "张公证", ObserverRole.NOTARY, Sessions.DIGITS);
            draw.setBeacon(id, Sessions.BEACON);
        } // the windows were closed here: the session is reopened on a new opening of the workspace
        services = WorkspaceServices.open(file, org.sortes.testutil.TestWorkspace.CLOCK, () -> "王抽签", CHINESE);
        model = new CeremonyViewModel(services.draw(), services.audience(), services.documents(),
                (owner, job, pages) -> org.sortes.ui.Printing.Choice.none(org.sortes.ui.Printing.Refused.NO_PRINTER), new ScriptedDialogs(),
                TaskRunner.sameThread(), CHINESE, id);
        stage.setScene(new Scene((Parent) new CeremonyView(model, CHINESE).node(), 1200, 800));
        stage.show();
        audience = new Stage();
        audience.setScene(new Scene((Parent) new AudienceView(new AudienceViewModel(model.snapshotProperty(),
                model.shownTargetsProperty(), CHINESE), CHINESE).node(), 1920, 1080));
        audience.show();
        model.refresh();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void reopened_bothWindowsReturnToTheReveal_markedAsARehearsal(FxRobot robot) {
        assertEquals(CeremonyViewModel.Step.REVEAL, model.stepProperty().get());
        Label heading = robot.lookup(".ceremony-heading").queryAs(Label.class);
        assertEquals("揭示密钥", heading.getText());
        Label watermark = robot.from(audience.getScene().getRoot()).lookup(".audience-watermark").queryAs(Label.class);
        assertTrue(watermark.isVisible(), "the rehearsal mark on the display");
        Label shown = robot.from(audience.getScene().getRoot()).lookup("#audience-heading").queryAs(Label.class);
        assertEquals("观察员录入现场随机数字", shown.getText());
        robot.interact(() -> {
            model.secretTextProperty().set(secret);
            robot.lookup("#ceremony-primary").queryButton().fire();
        });
        assertEquals(CeremonyViewModel.Step.DRAW, model.stepProperty().get());
        assertEquals("揭示密钥并核验承诺", shown.getText());
    }
}
