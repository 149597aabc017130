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
    private final String operator;

    public TestEnvironment(Path workspace) {
        this(workspace, "测试员");
    }

    /** With the operator every action records (one the services refuse makes every action fail). */
    public TestEnvironment(Path workspace, String operator) {
        this.workspace = workspace;
        this.operator = operator;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public Services open(Path file) {
        return WorkspaceServices.open(file, TestWorkspace.CLOCK, () -> operator, i18n);
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
        return operator;
    }

    @Override
    public void setOperator(String name) {
    }
}
