/** The ProfileSource contract suite every connector runs (style.md rule 28). */
@NullMarked
package dev.profilelens.testsupport.store;

import org.jspecify.annotations.NullMarked;
