/**
 * Tools → Right to erasure…: the dialog over the core erase use case (UserIds, a list or a webhook body → the plan
 * → a typed confirmation → progress with Cancel → the report's path). All work runs on the connection's lane.
 */
@NullMarked
package dev.profilelens.app.erase;

import org.jspecify.annotations.NullMarked;
