/**
 * The team database on PostgreSQL (ADR 0140): the shared audit log recorded in two steps and announced with
 * LISTEN/NOTIFY, the shared MetaTag/path index, shared connection profiles and templates; roles enforced by grants.
 */
@NullMarked
package dev.profilelens.connectors.postgres;

import org.jspecify.annotations.NullMarked;
