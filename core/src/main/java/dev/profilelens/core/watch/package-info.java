/**
 * Lock watch: polls watched keys and prefixes within the source's request budget and turns successive readings
 * into lock events (acquired, released, stolen, taken over after dead, force-load requested, load count change).
 */
@NullMarked
package dev.profilelens.core.watch;

import org.jspecify.annotations.NullMarked;
