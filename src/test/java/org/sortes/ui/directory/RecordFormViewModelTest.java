package org.sortes.ui.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;
import org.sortes.testutil.TestWorkspace;
import org.sortes.ui.TaskRunner;

/** The record form without a window: a refused value keeps what was typed and says why; a good one is stored. */
class RecordFormViewModelTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);

    @Test
    void edit_refusedThenSaved_keyStaysFixed_nothingTypedIsLost(@TempDir Path dir) {
        try (TestWorkspace ws = new TestWorkspace(dir)) {
            ws.directory.createDemo(Progress.NONE);
            DirectoryRecord item = ws.directory.find(Register.ITEMS, "SJ-002").orElseThrow();
            RecordFormViewModel form = new RecordFormViewModel(Register.ITEMS, item, ws.directory,
                    TaskRunner.sameThread(), CHINESE);
            int basis = Register.ITEMS.fields().stream().map(f -> f.key()).toList().indexOf("legal_basis");
            assertFalse(form.isNew());
            assertFalse(form.editable(0), "the item code identifies the item: not editable");
            assertTrue(form.editable(basis));
            assertEquals("抽查依据 *", form.label(basis));
            assertEquals(item.values()[basis], form.value(basis).get());

            List<DirectoryRecord> saved = new ArrayList<>();
            form.value(basis).set("");
            form.save(saved::add);
            assertTrue(saved.isEmpty(), "refused");
            assertTrue(form.errorsProperty().get().contains("抽查依据"), form.errorsProperty().get());
            assertEquals("", form.value(basis).get(), "what was typed stays");
            assertFalse(form.savingProperty().get());

            form.value(basis).set("《市场监督管理行政处罚程序规定》");
            form.save(saved::add);
            assertEquals(1, saved.size());
            assertEquals("", form.errorsProperty().get(), "the reasons go once it is saved");
            assertEquals("《市场监督管理行政处罚程序规定》",
                    ws.directory.find(Register.ITEMS, "SJ-002").orElseThrow().values()[basis]);
        }
    }

    @Test
    void add_aNewRecord_everyFieldEditable_andAKeyAlreadyThereRefused(@TempDir Path dir) {
        try (TestWorkspace ws = new TestWorkspace(dir)) {
            ws.directory.createDemo(Progress.NONE);
            RecordFormViewModel form = new RecordFormViewModel(Register.ITEMS, null, ws.directory,
                    TaskRunner.sameThread(), CHINESE);
            assertTrue(form.isNew());
            for (int i = 0; i < form.fields().size(); i++) {
                assertTrue(form.editable(i));
                assertEquals("", form.value(i).get());
            }
            DirectoryRecord existing = ws.directory.find(Register.ITEMS, "SJ-002").orElseThrow();
            for (int i = 0; i < form.fields().size(); i++) {
                form.value(i).set(existing.values()[i] == null ? "" : existing.values()[i]);
            }
            List<DirectoryRecord> saved = new ArrayList<>();
            form.save(saved::add);
            assertTrue(saved.isEmpty(), "SJ-002 is there already");
            assertFalse(form.errorsProperty().get().isEmpty());
            form.value(0).set("SJ-099");
            form.save(saved::add);
            assertEquals("SJ-099", saved.get(0).key());
            assertEquals(9, ws.directory.counts().get(Register.ITEMS));
        }
    }
}
