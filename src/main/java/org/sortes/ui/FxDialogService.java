package org.sortes.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Dialogs as JavaFX windows owned by a window. Their buttons carry the application's own words, so
 * that a Chinese interface shows 确定 and 取消 whatever the system's locale.
 */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final ButtonType ok;
    private final ButtonType cancel;
    private final org.sortes.i18n.I18n i18n;

    public FxDialogService(Window owner, org.sortes.i18n.I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
        this.ok = new ButtonType(i18n.get("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        this.cancel = new ButtonType(i18n.get("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extensions.length > 0) {
            List<String> patterns = Arrays.stream(extensions).map(e -> "*." + e).toList();
            // the filter's name, in the chooser's corner: words of the interface, not a bare extension
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    i18n.get("dialog.filter", String.join("、", patterns)), patterns));
        }
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(initial);
        ask.initOwner(owner);
        ask.setTitle(title);
        ask.setHeaderText(prompt);
        ask.getDialogPane().getButtonTypes().setAll(ok, cancel);
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> choose(String title, String prompt, java.util.List<String> choices, String initial) {
        javafx.scene.control.ChoiceDialog<String> ask = new javafx.scene.control.ChoiceDialog<>(initial, choices);
        ask.initOwner(owner);
        ask.setTitle(title);
        ask.setHeaderText(prompt);
        ask.getDialogPane().getButtonTypes().setAll(ok, cancel);
        return ask.showAndWait();
    }

    @Override
    public void error(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void info(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ok);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
