/** The ProfileSource contract suite every connector runs, and small helpers for it. */
@NullMarked
package dev.profilelens.testsupport.store;

import org.jspecify.annotations.NullMarked;
