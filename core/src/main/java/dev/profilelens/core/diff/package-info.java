/**
 * Structural JSON diff (RFC 6902 patches, arrays by element), patch application and three-way merge with
 * conflicts by path. Pure functions over Jackson trees; inputs are never mutated.
 */
@NullMarked
package dev.profilelens.core.diff;

import org.jspecify.annotations.NullMarked;
