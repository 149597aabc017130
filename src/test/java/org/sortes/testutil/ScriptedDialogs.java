package org.sortes.testutil;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.sortes.ui.DialogService;

/** Dialogs answered from a script: confirmations yes (or what was queued), files and texts as queued. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** Every confirmation asked, by its title: the steps that could not be undone. */
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    /** The text each question offered to start from. */
    public final List<String> offered = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, String... extensions) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(title);
        Boolean answer = confirmations.poll();
        return answer == null || answer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        offered.add(initial);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> choices, String initial) {
        String answer = texts.poll();
        if (answer != null && !choices.contains(answer)) {
            throw new AssertionError(answer + " is not one of " + choices);
        }
        return Optional.ofNullable(answer);
    }

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void info(String title, String message) {
        infos.add(message);
    }
}
