/** Build-time tools: the icon renderer that regenerates the committed icon files. */
@NullMarked
package dev.profilelens.icons.tool;

import org.jspecify.annotations.NullMarked;
