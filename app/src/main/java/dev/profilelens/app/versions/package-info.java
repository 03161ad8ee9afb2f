/** Versions of a key: list, compare any two (or with the current value), restore whole or chosen paths (#9). */
@NullMarked
package dev.profilelens.app.versions;

import org.jspecify.annotations.NullMarked;
