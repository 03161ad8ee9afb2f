/** The save pipeline: validate, re-read, route by lock, conditional write, merge on conflict, audit. */
@NullMarked
package dev.profilelens.core.edit;

import org.jspecify.annotations.NullMarked;
