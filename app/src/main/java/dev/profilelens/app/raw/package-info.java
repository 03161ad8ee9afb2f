/** JSON text views: colouring off the FX thread, search. */
@NullMarked
package dev.profilelens.app.raw;

import org.jspecify.annotations.NullMarked;
