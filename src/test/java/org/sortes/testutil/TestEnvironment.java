package org.sortes.testutil;

import java.nio.file.Path;
import java.util.Optional;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;
import org.sortes.ui.AppEnvironment;

/** What the console needs, for window tests: Chinese, a fixed clock, a workspace in a temp folder. */
public final class TestEnvironment implements AppEnvironment {
    private final I18n i18n = new I18n(I18n.CHINESE);
    private final Path workspace;

    public TestEnvironment(Path workspace) {
        this.workspace = workspace;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public Services open(Path file) {
        return WorkspaceServices.open(file, TestWorkspace.CLOCK, () -> "测试员", i18n);
    }

    @Override
    public Path defaultWorkspace() {
        return workspace;
    }

    @Override
    public Optional<Path> lastWorkspace() {
        return Optional.empty();
    }

    @Override
    public void rememberWorkspace(Path w) {
    }

    @Override
    public String operator() {
        return "测试员";
    }

    @Override
    public void setOperator(String name) {
    }
}
