/** The store overview shown when a store is selected and no document is open (issue #22 item 6). */
@NullMarked
package dev.profilelens.app.overview;

import org.jspecify.annotations.NullMarked;
