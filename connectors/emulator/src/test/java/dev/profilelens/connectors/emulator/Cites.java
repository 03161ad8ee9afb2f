package dev.profilelens.connectors.emulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The part of Roblox's published reference a conformance test follows: a file of the {@code Roblox/creator-docs}
 * repository at commit {@link Conformance#REFERENCE_COMMIT} and the operation or section in it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Cites {
    /** Path in Roblox/creator-docs, e.g. {@code content/en-us/reference/cloud/datastores-api/v1.json}. */
    String file();

    /** Operation id or section, e.g. {@code Entries_GetEntryAsync}. */
    String part();
}
