package dev.profilelens.core.audit.index;

/** The JSON type of an indexed value. */
public enum ValueType {
    NUMBER, STRING, BOOLEAN, TABLE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
