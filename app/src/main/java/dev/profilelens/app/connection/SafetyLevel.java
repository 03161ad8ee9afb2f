package dev.profilelens.app.connection;

/** How freely a connection may be written to (design.md §1). */
public enum SafetyLevel {
    READ_ONLY("Read-only"),
    CONFIRM_WRITES("Confirm writes"),
    FREE("Free");

    private final String label;

    SafetyLevel(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
