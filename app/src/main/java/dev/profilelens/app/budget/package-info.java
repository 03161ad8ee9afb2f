/** The request-budget meter of a connection and the "waiting for budget" label of long tasks (#17). */
@NullMarked
package dev.profilelens.app.budget;

import org.jspecify.annotations.NullMarked;
