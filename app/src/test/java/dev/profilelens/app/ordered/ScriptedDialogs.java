package dev.profilelens.app.ordered;

import dev.profilelens.app.dialog.DialogService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService that answers from a script (asks, choices, typed confirmations) and records what it showed. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<String> answers = new ArrayDeque<>();
    public final List<String> shown = new ArrayList<>();

    public ScriptedDialogs answer(String... a) {
        answers.addAll(List.of(a));
        return this;
    }

    @Override
    public void showError(String title, Throwable error) {
        shown.add("error " + title + ": " + error.getMessage());
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add("info " + title + ": " + message);
    }

    @Override
    public boolean confirmTyped(String title, String message, String expected) {
        shown.add("confirm " + title + ": " + message);
        return expected.equals(answers.poll());
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> options) {
        shown.add("choose " + title + ": " + message);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<String> ask(String title, String message, String initial) {
        shown.add("ask " + title + ": " + message);
        return Optional.ofNullable(answers.poll());
    }
}
