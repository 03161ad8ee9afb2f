/** Remembered window state, theme and preferences. */
@NullMarked
package dev.profilelens.app.settings;

import org.jspecify.annotations.NullMarked;
