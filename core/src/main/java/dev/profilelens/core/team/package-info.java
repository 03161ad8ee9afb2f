/**
 * The team database port (ADR 0140): settings, roles and the session a connector opens; the app finds the connector
 * with ServiceLoader and never names it.
 */
@NullMarked
package dev.profilelens.core.team;

import org.jspecify.annotations.NullMarked;
