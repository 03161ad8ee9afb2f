/** Data stores, scopes and keys with prefix search and lazy paging. */
@NullMarked
package dev.profilelens.app.browser;

import org.jspecify.annotations.NullMarked;
