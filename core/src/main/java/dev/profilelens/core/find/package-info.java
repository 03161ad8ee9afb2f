/**
 * Find a player: every place a UserId's data lives, across stores, scopes and dialects, by per-store key
 * templates (detected from the keys seen, or set per connection), by the keys' UserIds metadata, and by username
 * through a user directory (the Users API, or the sandbox's own players). Lookups by name never spend the
 * data-store budget.
 */
@NullMarked
package dev.profilelens.core.find;

import org.jspecify.annotations.NullMarked;
