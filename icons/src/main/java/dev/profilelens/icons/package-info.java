/** App icon images and theme stylesheets, consumed by the app (style.md rule 11). */
@NullMarked
package dev.profilelens.icons;

import org.jspecify.annotations.NullMarked;
