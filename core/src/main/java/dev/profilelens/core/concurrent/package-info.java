/** Background threads: how every thread of ours is made (daemon, named), so none keeps the JVM alive at exit. */
@NullMarked
package dev.profilelens.core.concurrent;

import org.jspecify.annotations.NullMarked;
