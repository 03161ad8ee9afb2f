/**
 * Simulated game servers for the sandbox: each runs the {@code core.session} runtime on its own thread against any
 * profile source, with players joining, playing, buying, gifting and leaving, and servers crashing (ADR 0041).
 */
@NullMarked
package dev.profilelens.connectors.sqlite.sim;

import org.jspecify.annotations.NullMarked;
