package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.app.env.TestEnvironments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process with a test environment (ADR 0221) and captures what it prints. */
public record CliHarness(int exit, String out, String err) {
    private static final Environment SHARED = TestEnvironments.temporary();

    /** In a temporary data directory this test JVM shares, for commands that never look at it. */
    public static CliHarness run(String... args) {
        return in(SHARED).run(args);
    }

    /** Commands run with {@code home} as the data directory. */
    public static Runner in(Path home) {
        return in(TestEnvironments.in(home));
    }

    public static Runner in(Environment env) {
        return new Runner(env);
    }

    /** Runs command lines in one environment. */
    public record Runner(Environment env) {
        public CliHarness run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new CliHarness(code, out.toString(), err.toString());
        }
    }
}
