package dev.profilelens.app.shell;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.store.SandboxProvisioner;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first start's sandbox seeding, run in a JVM of its own ({@link ChildSeeder}) so the memory it touches is not
 * kept by the window's process. Arguments: profiles, seed. Prints {@code progress DONE TOTAL} lines, then
 * {@code done}; stops (leaving no sandbox) when its standard input closes. A failure is printed on standard error,
 * exit code 1.
 */
public final class SeedChild {
    /** The system property that gives the child the parent's data directory. */
    static final String HOME = "profilelens.home";

    private SeedChild() {
    }

    public static void main(String[] args) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Daemons.start("seed-cancel", () -> {
            drain(System.in);
            cancelled.set(true);
        });
        try {
            // this process's composition root: the data directory the parent passed as HOME
            SandboxProvisioner p = Environment.ofSystem().providers().sandbox().orElseThrow((
                    ) -> new IllegalStateException(
                    "no sandbox store is installed"));
            p.create(Integer.parseInt(args[0]), Long.parseLong(args[1]), (done, total) -> {
                System.out.println("progress " + done + " " + total);
                System.out.flush();
            }, cancelled::get);
            System.out.println(cancelled.get() ? "cancelled" : "done");
            System.out.flush();
            System.exit(0);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() == null ? e.toString() : e.getMessage());
            System.exit(1);
        }
    }

    private static void drain(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the parent never writes; end of input means it cancelled or went away
            }
        } catch (IOException e) {
            // closed: the same as cancelled
        }
    }
}
