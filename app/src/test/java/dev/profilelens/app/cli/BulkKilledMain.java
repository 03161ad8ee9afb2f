package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Run in a child JVM by {@link BulkKillTest}: the bulk use case as {@code bulk} runs it, on a source whose Nth write
 * lands and then the process is killed at once ({@code Runtime.halt}: no shutdown hook, no finally), i.e. between
 * the write and its journal record. Args: SOURCE STORE PREFIX DELTA BATCH N.
 */
public final class BulkKilledMain {
    private BulkKilledMain() {
    }

    public static void main(String[] args) {
        int killAt = Integer.parseInt(args[5]);
        // this child process's composition root: the data directory comes as -Dprofilelens.home from the test
        Environment env = Environment.ofSystem();
        ProfileSource real = env.providers().openSource(args[0], Map.of());
        ProfileSource dying = new ForwardingProfileSource(real) {
            private int writes;

            @Override
            public WriteResult write(WriteRequest request) {
                WriteResult r = delegate().write(request);
                if (++writes == killAt) {
                    Runtime.getRuntime().halt(137);
                }
                return r;
            }
        };
        AuditLog audit = env.auditLogs().local();
        BulkRun run = new BulkRun(dying, audit, env.clock(), "tester", args[0], env.file("batches"));
        BulkOptions o = new BulkOptions(args[4], "gift", false, BulkOptions.Live.SKIP, Duration.ZERO,
                Duration.ofSeconds(1), null);
        run.run(KeySet.prefix(real, args[1], "global", args[2]).keys(),
                ref -> List.of(AddDelta.of("/Data/Coins", Long.parseLong(args[3]))), null, o, new BulkRun.Listener() {
                    @Override
                    public void key(KeyPlan plan) {
                        System.out.println(plan.ref().key() + " " + plan.plan());
                    }
                }, () -> false);
        System.exit(0);
    }
}
