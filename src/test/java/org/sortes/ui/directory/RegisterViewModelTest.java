package org.sortes.ui.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.Register;
import org.sortes.progress.Progress;
import org.sortes.testutil.TestWorkspace;
import org.sortes.ui.TaskRunner;

/** The register view model on a real workspace, without windows. */
class RegisterViewModelTest {
    static final RegisterWindows NO_WINDOWS = new RegisterWindows() {
        @Override
        public void editRecord(Register register, org.sortes.directory.DirectoryRecord existing) {
        }

        @Override
        public void importInto(Register register) {
        }

        @Override
        public void registersChanged() {
        }
    };


    @Test
    void filtersPagingRetireAndEarlierVersion(@TempDir Path dir) {
        try (TestWorkspace ws = new TestWorkspace(dir)) {
            ws.directory.createDemo(Progress.NONE);
            RegisterViewModel subjects = new RegisterViewModel(Register.SUBJECTS, ws.directory, TaskRunner.sameThread(),
                    new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE), new org.sortes.testutil.ScriptedDialogs(), NO_WINDOWS);
            subjects.reload();
            assertEquals(3000, subjects.totalProperty().get());
            assertEquals(RegisterViewModel.PAGE_SIZE, subjects.rows().size());
            assertEquals(15, subjects.pageCountProperty().get());
            subjects.pageIndexProperty().set(14);
            assertEquals(3000 - 14 * RegisterViewModel.PAGE_SIZE, subjects.rows().size());
            subjects.filters().get("region_code").set("6201");
            assertEquals(0, subjects.pageIndexProperty().get(), "a new filter starts at the first page");
            assertTrue(subjects.rows().stream().allMatch(r -> r.get("region_code").startsWith("6201")));
            subjects.filters().get("region_code").set(null);

            RegisterViewModel items = new RegisterViewModel(Register.ITEMS, ws.directory, TaskRunner.sameThread(),
                    new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE), new org.sortes.testutil.ScriptedDialogs(), NO_WINDOWS);
            items.reload();
            assertEquals(8, items.totalProperty().get());
            ws.directory.retire(Register.ITEMS, "SJ-004");
            items.reload();
            assertEquals(7, items.totalProperty().get());
            assertEquals(2, items.versions().size());
            items.versionProperty().set(items.versions().get(1)); // the demo version, before the retirement
            assertEquals(8, items.totalProperty().get());
            assertTrue(items.rows().stream().anyMatch(r -> r.key().equals("SJ-004") && !r.retired()));
            items.versionProperty().set(null);
            items.includeRetiredProperty().set(true);
            assertTrue(items.rows().stream().anyMatch(r -> r.key().equals("SJ-004") && r.retired()));
        }
    }

    @Test
    void buttons_retireAsksFirst_formsAndImportAreTheShells(@TempDir Path dir) {
        try (TestWorkspace ws = new TestWorkspace(dir)) {
            ws.directory.createDemo(Progress.NONE);
            org.sortes.testutil.ScriptedDialogs dialogs = new org.sortes.testutil.ScriptedDialogs();
            java.util.List<String> told = new java.util.ArrayList<>();
            RegisterViewModel items = new RegisterViewModel(Register.ITEMS, ws.directory, TaskRunner.sameThread(),
                    new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE), dialogs, new RegisterWindows() {
                        @Override
                        public void editRecord(Register register, org.sortes.directory.DirectoryRecord existing) {
                            told.add("form " + (existing == null ? "new" : existing.key()));
                        }

                        @Override
                        public void importInto(Register register) {
                            told.add("import " + register.table());
                        }

                        @Override
                        public void registersChanged() {
                            told.add("changed");
                        }
                    });
            items.reload();
            items.add();
            items.importFile();
            items.selectedProperty().set(items.rows().get(0));
            String key = items.rows().get(0).key();
            items.edit();
            dialogs.confirmations.add(false);
            items.retire(); // not confirmed: nothing happens
            assertEquals(8, items.totalProperty().get());
            items.retire();
            assertEquals(7, items.totalProperty().get(), "retired after the confirmation");
            assertEquals(java.util.List.of("form new", "import items", "form " + key, "changed"), told);
            assertEquals(2, dialogs.asked.size(), "asked both times");
        }
    }
}
