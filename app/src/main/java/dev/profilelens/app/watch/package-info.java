/** The lock watch panel: watched keys and prefixes, their lock timelines, budget use, release notices (#9). */
@NullMarked
package dev.profilelens.app.watch;

import org.jspecify.annotations.NullMarked;
