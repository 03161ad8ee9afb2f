/** Rules shared by every export (CSV cells that spreadsheets must not execute). */
@NullMarked
package dev.profilelens.core.export;

import org.jspecify.annotations.NullMarked;
