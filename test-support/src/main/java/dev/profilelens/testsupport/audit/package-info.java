/** Contract suites for the audit log and the audit index, run against every implementation. */
@NullMarked
package dev.profilelens.testsupport.audit;

import org.jspecify.annotations.NullMarked;
