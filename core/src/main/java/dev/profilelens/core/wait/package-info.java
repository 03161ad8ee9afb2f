/**
 * Waiting in the use cases: one loop for every "ask again until it is so" (released, delivered, gone), with time
 * injected so tests run it in virtual time. See ADR 0220.
 */
@NullMarked
package dev.profilelens.core.wait;

import org.jspecify.annotations.NullMarked;
