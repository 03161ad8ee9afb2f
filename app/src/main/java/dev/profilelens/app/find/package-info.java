/**
 * Find a player (Ctrl+P): one search box for a UserId or a username, a result list of every place the player's
 * data lives (store, scope, key, dialect, lock), Enter opens. The search runs on the connection's lane.
 */
@NullMarked
package dev.profilelens.app.find;

import org.jspecify.annotations.NullMarked;
