/** DataStore2 latest-value benchmark: time on the sandbox file and request count over Open Cloud. */
@NullMarked
package dev.profilelens.bench.ds2;

import org.jspecify.annotations.NullMarked;
