/**
 * The team database as the app and the CLI use it (issue #23): where it is ({@code team.json} in the data directory),
 * the password (OS keychain, or {@code PROFILELENS_TEAM_PASSWORD}), and which audit log writes go to.
 */
@NullMarked
package dev.profilelens.app.team;

import org.jspecify.annotations.NullMarked;
