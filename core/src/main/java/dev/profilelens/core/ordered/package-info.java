/** Ordered data stores (datastore2.md §2): integer values by key, listed by value; no versions or metadata. */
@NullMarked
package dev.profilelens.core.ordered;

import org.jspecify.annotations.NullMarked;
