package dev.profilelens.core.audit.index;

import java.util.Locale;

/** The JSON type of an indexed value. */
public enum ValueType {
    NUMBER, STRING, BOOLEAN, TABLE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
