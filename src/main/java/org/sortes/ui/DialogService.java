package org.sortes.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs, behind an interface so that view models can be tested without windows. */
public interface DialogService {
    Optional<Path> chooseFileToOpen(String title, String... extensions);

    Optional<Path> chooseFileToSave(String title, String initialName);

    boolean confirm(String title, String message);

    /** A line of text (a reason, a name); empty when the user cancels or leaves it blank. */
    java.util.Optional<String> askText(String title, String prompt, String initial);

    /** One of the choices (shown as given), starting at initial; empty when the user cancels. */
    Optional<String> choose(String title, String prompt, java.util.List<String> choices, String initial);

    void error(String title, String message);

    void info(String title, String message);
}
