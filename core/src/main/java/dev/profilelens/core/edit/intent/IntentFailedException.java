package dev.profilelens.core.edit.intent;

import dev.profilelens.core.error.ConflictException;
import java.util.List;

/** One or more intents cannot apply to the latest value; nothing was changed. Exit code 3. */
public class IntentFailedException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final transient List<IntentFailure> failures;

    public IntentFailedException(List<IntentFailure> failures) {
        super(message(failures));
        this.failures = List.copyOf(failures);
    }

    public IntentFailedException(IntentFailure failure) {
        this(List.of(failure));
    }

    public List<IntentFailure> failures() {
        return failures;
    }

    private static String message(List<IntentFailure> failures) {
        StringBuilder b = new StringBuilder(failures.size() == 1 ? "An intent cannot apply to the latest value: "
                : failures.size() + " intents cannot apply to the latest value: ");
        for (int i = 0; i < failures.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(failures.get(i).describe());
        }
        return b.append(". Nothing was written.").toString();
    }
}
