package dev.profilelens.app.browser;

import dev.profilelens.app.dialog.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService for ViewModel tests: records what would have been shown. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();

    @Override
    public void showError(String title, Throwable error) {
        errors.add(title + ": " + error.getMessage());
    }

    @Override
    public void showInfo(String title, String message) {
        // not needed by these tests
    }

    @Override
    public boolean confirmTyped(String title, String message, String expected) {
        return false;
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> options) {
        return Optional.empty();
    }

    @Override
    public Optional<String> ask(String title, String message, String initial) {
        return Optional.empty();
    }
}
