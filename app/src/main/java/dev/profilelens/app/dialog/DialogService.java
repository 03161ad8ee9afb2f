package dev.profilelens.app.dialog;

import java.util.List;
import java.util.Optional;

/** Every dialog and notice goes through here, so ViewModels stay testable without windows. */
public interface DialogService {

    /** An error: the user message, and the technical details in an expandable area. */
    void showError(String title, Throwable error);

    void showInfo(String title, String message);

    /** Asks to type {@code expected} to confirm a dangerous action; true only when typed exactly. */
    boolean confirmTyped(String title, String message, String expected);

    /**
     * Offers a choice between actions (buttons labelled {@code options}, the last one cancels); the label
     * chosen, or empty when cancelled or closed.
     */
    Optional<String> choose(String title, String message, List<String> options);

    /** Asks for a line of text (e.g. a reason); empty when cancelled. */
    Optional<String> ask(String title, String message, String initial);
}
