package org.sortes.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.AuditEntry;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.ui.TaskRunner;

/** The audit tab's model: event types in the user's words, and the type filter. */
class AuditViewModelTest {
    @TempDir
    Path dir;

    @Test
    void typesAreSaidInWords_theFilterTakesACode_orEveryType() {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "审计员")) {
            Sessions.committed(s.draw(), Sessions.demoPlan());
            AuditViewModel model = new AuditViewModel(s.integrity(), TaskRunner.sameThread(), new I18n(I18n.CHINESE),
                    new ScriptedDialogs());
            assertEquals("创建演示数据", model.typeLabel("demo"));
            assertEquals("公布承诺", model.typeLabel("commit"));
            assertEquals("全部类型", model.typeLabel(""));
            assertEquals("future.type", model.typeLabel("future.type"), "a type this version does not know, as written");
            assertEquals("", model.typeChoices().get(0));
            assertEquals(AuditEntry.TYPES.size() + 1, model.typeChoices().size());

            model.refresh();
            assertTrue(model.events().stream().map(AuditEntry::type).distinct().count() > 2, "every type at first");
            model.typeProperty().set("commit");
            model.refresh();
            assertEquals(1, model.events().size());
            assertEquals("commit", model.events().get(0).type());
            model.typeProperty().set("");
            model.refresh();
            assertTrue(model.events().size() > 1, "back to every type");
        }
    }
}
