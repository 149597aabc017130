package org.sortes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;

/**
 * The first-start screen's state and flows: where the workspace goes, a demo workspace made there
 * (off the FX thread), an empty one, or one chosen on disk. What happens with the opened workspace is
 * the shell's: {@code use} receives it, {@code open} opens a file.
 */
public final class WelcomeViewModel {
    private final AppEnvironment env;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final BiConsumer<Path, Services> use;
    private final Consumer<Path> open;
    private final StringProperty location = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public WelcomeViewModel(AppEnvironment env, TaskRunner tasks, DialogService dialogs, I18n i18n, Path suggested,
                            BiConsumer<Path, Services> use, Consumer<Path> open) {
        this.env = env;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.use = use;
        this.open = open;
        location.set(suggested.toString());
    }

    public void browse() {
        dialogs.chooseFileToSave(i18n.get("welcome.browse"), "workspace.sortes.db")
                .ifPresent(p -> location.set(p.toString()));
    }

    /** A new workspace with the demo data at the location; a file already there is never overwritten. */
    public void createDemo() {
        Path target = target();
        if (busy.get() || target == null) {
            return;
        }
        if (Files.exists(target)) {
            dialogs.error(i18n.get("welcome.exists.title"), i18n.get("welcome.exists", target));
            return;
        }
        busy.set(true);
        tasks.run(p -> {
            Services s = env.open(target);
            try {
                s.directory().createDemo(p);
            } catch (RuntimeException ex) {
                s.close();
                org.sortes.session.NewWorkspace.discard(target); // it did not exist before: none is left half made
                throw ex;
            }
            return s;
        }, s -> {
            busy.set(false);
            use.accept(target, s);
        }, ex -> {
            busy.set(false);
            dialogs.error(i18n.get("workspace.failed"), i18n.explain(ex));
        });
    }

    /** An empty workspace at the location (opening a file that is not there creates it). */
    public void createEmpty() {
        Path target = target();
        if (!busy.get() && target != null) {
            open.accept(target);
        }
    }

    public void openOther() {
        dialogs.chooseFileToOpen(i18n.get("welcome.open"), "db", "sqlite").ifPresent(open);
    }

    /** The location typed, or null (said in a dialog) when it is not a path. */
    private Path target() {
        try {
            String text = location.get().strip();
            if (text.isEmpty()) {
                throw new java.nio.file.InvalidPathException(text, "empty");
            }
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            dialogs.error(i18n.get("workspace.failed"), i18n.get("welcome.badLocation", location.get()));
            return null;
        }
    }

    public StringProperty locationProperty() {
        return location;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
