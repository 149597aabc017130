package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.TestEnvironment;

/** The first-start screen without a window: a demo made where asked, never over an existing file. */
class WelcomeViewModelTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);

    @TempDir
    Path dir;

    @Test
    void demo_madeAtTheLocation_handedToTheShell_neverOverAFile() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Path target = dir.resolve("新工作区.sortes.db");
        Services[] used = {null};
        List<Path> opened = new ArrayList<>();
        WelcomeViewModel model = new WelcomeViewModel(new TestEnvironment(target), TaskRunner.sameThread(), dialogs,
                CHINESE, target, (p, s) -> used[0] = s, opened::add);
        model.createDemo();
        assertFalse(model.busyProperty().get());
        try (Services s = used[0]) {
            assertEquals(3000, s.directory().counts().get(Register.SUBJECTS));
        }
        assertTrue(Files.isRegularFile(target));

        Services[] again = {null};
        WelcomeViewModel second = new WelcomeViewModel(new TestEnvironment(target), TaskRunner.sameThread(), dialogs,
                CHINESE, target, (p, s) -> again[0] = s, opened::add);
        second.createDemo();
        assertNull(again[0], "an existing file is never overwritten");
        assertTrue(dialogs.errors.get(0).contains("已有文件"), dialogs.errors.get(0));

        second.locationProperty().set("   ");
        second.createEmpty();
        assertTrue(opened.isEmpty(), "no location, nothing opened");
        assertEquals(2, dialogs.errors.size());
        second.locationProperty().set(dir.resolve("空.sortes.db").toString());
        second.createEmpty();
        assertEquals(List.of(dir.resolve("空.sortes.db")), opened, "an empty workspace is opened by the shell");
    }
    @Test
    void aDemoThatFails_leavesNoWorkspaceFileBehind_andSaysWhy() {
        Path target = dir.resolve("失败.sortes.db");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Services[] used = {null};
        // a workspace whose every action is refused: the demo fails at its first record
        TestEnvironment refusing = new TestEnvironment(target, "王".repeat(51));
        WelcomeViewModel model = new WelcomeViewModel(refusing, TaskRunner.sameThread(), dialogs, CHINESE, target,
                (p, s) -> used[0] = s, p -> { });
        model.createDemo();
        assertNull(used[0]);
        assertTrue(dialogs.errors.get(0).contains("操作人"), dialogs.errors.get(0));
        assertFalse(Files.exists(target), "no workspace file");
        assertFalse(Files.exists(dir.resolve("失败.sortes.db.lock")), "no lock file");
        // and the location is free for the next try
        model.createDemo();
        assertEquals(2, dialogs.errors.size());
        assertFalse(dialogs.errors.get(1).contains("已有文件"), dialogs.errors.get(1));
    }
}
