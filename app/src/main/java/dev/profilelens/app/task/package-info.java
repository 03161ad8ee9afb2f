/** One task executor for all background work (style.md rule 13). */
@NullMarked
package dev.profilelens.app.task;

import org.jspecify.annotations.NullMarked;
