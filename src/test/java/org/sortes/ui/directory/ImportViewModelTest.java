package org.sortes.ui.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.ImportProblems;
import org.sortes.testutil.Csv;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.TestWorkspace;
import org.sortes.ui.TaskRunner;

/** The import flow without a window: read, preview, re-read in another encoding, commit or discard. */
class ImportViewModelTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);

    @TempDir
    Path dir;
    TestWorkspace ws;
    ScriptedDialogs dialogs;

    @BeforeEach
    void open() {
        ws = new TestWorkspace(dir);
        dialogs = new ScriptedDialogs();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportViewModel model(Path file) {
        return new ImportViewModel(Register.SUBJECTS, file, ws.directory, TaskRunner.sameThread(), dialogs, CHINESE);
    }

    @Test
    void read_preview_commit_writesOneVersion() throws Exception {
        Path file = Csv.write(dir, "s.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER, Csv.subject(1, "甲公司"),
                Csv.subject(2, "乙公司"));
        ImportViewModel model = model(file);
        model.read();
        assertEquals(ImportViewModel.Phase.PREVIEW, model.phaseProperty().get());
        assertEquals(2, model.previewProperty().get().added());
        assertTrue(ws.directory.versions(Register.SUBJECTS).isEmpty(), "nothing written before the commit");
        model.commit();
        assertEquals(ImportViewModel.Phase.CLOSED, model.phaseProperty().get());
        assertTrue(model.committed());
        assertEquals(1, ws.directory.versions(Register.SUBJECTS).size());
    }

    @Test
    void gbkFileReadAsUtf8_rereadInGb18030_showsTheNames() throws Exception {
        Path file = Csv.write(dir, "gbk.csv", Charset.forName("GB18030"), Csv.SUBJECT_HEADER, Csv.subject(1, "甲公司"));
        ImportViewModel model = model(file);
        model.encodingProperty().set("utf-8");
        model.read();
        assertFalse(model.previewProperty().get().canCommit(), "GBK bytes do not decode as UTF-8");
        model.encodingProperty().set("gb18030");
        model.read();
        assertTrue(model.previewProperty().get().canCommit(), model.previewProperty().get().problems().toString());
        assertEquals("GB18030", model.previewProperty().get().facts().encoding());
    }

    @Test
    void closeWithoutCommit_discards_problemsSavedOnRequest() throws Exception {
        Path file = Csv.write(dir, "bad.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER, Csv.subject(1, "甲公司"),
                Csv.subject(2, "乙公司").replace("2015-06-01", "2019-02-30"));
        ImportViewModel model = model(file);
        model.read();
        assertFalse(model.previewProperty().get().canCommit());
        Path problems = dir.resolve("problems.csv");
        dialogs.files.add(problems);
        model.saveProblems();
        assertTrue(Files.readString(problems, StandardCharsets.UTF_8).contains("2019-02-30"));
        model.commit(); // refused: the preview has an error
        assertFalse(model.committed());
        model.close();
        assertNull(model.previewProperty().get());
        assertTrue(ws.directory.versions(Register.SUBJECTS).isEmpty());
        // the write transaction was let go: another import can run at once
        ImportViewModel next = model(Csv.write(dir, "ok.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER,
                Csv.subject(3, "丙公司")));
        next.read();
        next.commit();
        assertTrue(next.committed());
    }

    @Test
    void fileLevelRefusal_previewShowsTheProblemAndNoCounts() throws Exception {
        Path file = Csv.write(dir, "header.csv", StandardCharsets.UTF_8, "名称,备注", "甲公司,无");
        ImportViewModel model = model(file);
        model.read();
        assertEquals(ImportViewModel.Phase.PREVIEW, model.phaseProperty().get());
        assertTrue(model.previewProperty().get().fileRefused(), "no counts for a file that was not read");
        assertEquals("missing_columns", model.previewProperty().get().problems().stream()
                .filter(org.sortes.directory.Problem::isError).findFirst().orElseThrow().code());
        model.commit();
        assertFalse(model.committed());
    }

    @Test
    void missingFile_shownAsTheFilesProblem_nothingToCommit() {
        ImportViewModel model = model(dir.resolve("gone.csv"));
        model.read();
        assertEquals(ImportViewModel.Phase.PREVIEW, model.phaseProperty().get());
        var problem = model.previewProperty().get().problems().get(0);
        assertEquals("not_found", problem.code());
        String sentence = ImportProblems.sentence(problem, CHINESE);
        assertTrue(sentence.contains("gone.csv"), sentence);
        assertFalse(model.previewProperty().get().canCommit());
    }
}
