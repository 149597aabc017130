package org.sortes.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;
import org.sortes.ui.AppEnvironment;

/** What the desktop application gets from the outside: settings, paths, language, services. */
public final class DesktopEnvironment implements AppEnvironment {
    private final Settings settings;
    private final I18n i18n;
    private final Clock clock;

    public DesktopEnvironment(Settings settings, I18n i18n, Clock clock) {
        this.settings = settings;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public Services open(Path workspace) {
        return WorkspaceServices.open(workspace, clock, this::operator, i18n);
    }

    @Override
    public Path defaultWorkspace() {
        return AppPaths.defaultWorkspace();
    }

    @Override
    public Optional<Path> lastWorkspace() {
        return settings.get("workspace").map(Path::of);
    }

    @Override
    public void rememberWorkspace(Path workspace) {
        settings.put("workspace", workspace.toAbsolutePath().toString());
    }

    @Override
    public java.util.List<Path> fontFiles() throws java.io.IOException {
        return BundledFiles.cached(AppPaths.dataFolder().resolve("fonts"),
                BundledFiles.inJar(org.sortes.ui.ConsoleFonts.FOLDER, org.sortes.ui.ConsoleFonts.FILES));
    }

    @Override
    public Optional<String> setting(String key) {
        return settings.get(key);
    }

    @Override
    public void remember(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public void setOperator(String name) {
        settings.put("operator", name);
    }

    @Override
    public Optional<String> namedOperator() {
        return org.sortes.session.OperatorName.named(settings.get("operator"), System.getProperty("user.name", ""));
    }

    @Override
    public String operator() {
        return org.sortes.session.OperatorName.fromSettings(settings.get("operator"), System.getProperty("user.name", ""));
    }
}
