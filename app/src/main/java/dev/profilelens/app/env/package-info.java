/** What the app takes from the process it runs in, built once by the launcher (ADR 0221). */
@NullMarked
package dev.profilelens.app.env;

import org.jspecify.annotations.NullMarked;
