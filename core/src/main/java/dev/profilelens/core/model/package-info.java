/** Immutable records describing stored profiles: kinds, dialects, session tags, mailboxes. */
@NullMarked
package dev.profilelens.core.model;

import org.jspecify.annotations.NullMarked;
