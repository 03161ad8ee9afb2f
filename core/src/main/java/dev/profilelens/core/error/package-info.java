/** User-facing error hierarchy with CLI exit codes. */
@NullMarked
package dev.profilelens.core.error;

import org.jspecify.annotations.NullMarked;
