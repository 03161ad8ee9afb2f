package dev.profilelens.testsupport.audit;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.InMemoryAuditLog;

/** The in-memory log passes the audit log contract (reopening returns the same instance). */
class InMemoryAuditLogContractTest extends AuditLogContract {
    private InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog newLog() {
        log = new InMemoryAuditLog();
        return log;
    }

    @Override
    protected AuditLog reopen() {
        return log;
    }
}
