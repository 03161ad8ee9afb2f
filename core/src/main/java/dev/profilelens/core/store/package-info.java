/** The profile source SPI: ports every back end implements, with no back-end types in signatures. */
@NullMarked
package dev.profilelens.core.store;

import org.jspecify.annotations.NullMarked;
