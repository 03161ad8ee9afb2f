package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.team.TeamAccess;
import dev.profilelens.app.team.TeamConfig;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.team.TeamSession;
import dev.profilelens.core.team.TeamSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens team init|join|status|leave}: set up a team database (the owner, once), point this ProfileLens
 * at it, check it, or go back to working alone. The password comes from {@code PROFILELENS_TEAM_PASSWORD} or, with
 * {@code --password-stdin}, the first line of standard input; {@code join} keeps it in the OS keychain.
 */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Team database on PostgreSQL: init (create/upgrade the tables, as profilelens_owner), join "
                + "(use it from now on), status, leave (back to the local log).",
        subcommands = {TeamCommand.Init.class, TeamCommand.Join.class, TeamCommand.Status.class,
            TeamCommand.Leave.class})
final class TeamCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: init, join, "
                + "status or leave");
    }

    static String password(Environment env, boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new InvalidInputException("--password-stdin: standard input is empty", "--password-stdin");
                }
                return line;
            } catch (IOException e) {
                throw new InvalidInputException("--password-stdin: " + e.getMessage(), "--password-stdin");
            }
        }
        return env.variable(TeamAccess.PASSWORD_ENV).orElseThrow(() -> new InvalidInputException(
                "give the password with --password-stdin or " + TeamAccess.PASSWORD_ENV, "password"));
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create or upgrade the ProfileLens tables in the team database (after setup.sql), "
                    + "connected as the schema owner.")
    static final class Init implements Callable<Integer> {
        private final Environment env;

        Init(Environment env) {
            this.env = env;
        }

        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--url", required = true, description = "jdbc:postgresql://HOST:PORT/DATABASE")
        String url;
        @Option(names = "--user", defaultValue = "profilelens_owner", description = "Default: ${DEFAULT-VALUE}.")
        String user;
        @Option(names = "--schema", defaultValue = TeamSettings.DEFAULT_SCHEMA)
        String schema;
        @Option(names = "--password-stdin")
        boolean passwordStdin;
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            int version = env.team().setUp(new TeamConfig(url, user, "", schema), password(env, passwordStdin));
            spec.commandLine().getOut().println("team database ready: schema " + schema + " at version " + version);
            return 0;
        }
    }

    @Command(name = "join", mixinStandardHelpOptions = true,
            description = "Use the team database from now on: checks the login, saves URL, user and display name "
                    + "(team.json) and the password in the OS keychain.")
    static final class Join implements Callable<Integer> {
        private final Environment env;

        Join(Environment env) {
            this.env = env;
        }

        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--url", required = true)
        String url;
        @Option(names = "--user", required = true)
        String user;
        @Option(names = "--display-name", defaultValue = "", description = "Shown as the author of your writes.")
        String displayName;
        @Option(names = "--schema", defaultValue = TeamSettings.DEFAULT_SCHEMA)
        String schema;
        @Option(names = "--password-stdin")
        boolean passwordStdin;
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            TeamConfig config = new TeamConfig(url, user, displayName, schema);
            String password = password(env, passwordStdin);
            TeamAccess team = env.team();
            try (TeamSession s = team.connect(config, password)) {
                team.save(config);
                boolean kept = team.savePassword(config, password);
                spec.commandLine().getOut().println("joined " + url + " as " + user + " (role "
                        + s.role().name().toLowerCase(Locale.ROOT) + ")" + (kept ? "; password kept in the OS keychain"
                        : "; no OS keychain answered: set PROFILELENS_TEAM_PASSWORD in this user's environment"));
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print the team database settings and this login's role as JSON (exit 5 when unreachable).")
    static final class Status implements Callable<Integer> {
        private final Environment env;

        Status(Environment env) {
            this.env = env;
        }

        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            ObjectNode o = RobloxJson.nodes().objectNode();
            TeamAccess team = env.team();
            TeamConfig config = team.config().orElse(null);
            if (config == null) {
                o.put("team", false).put("log", "local");
            } else {
                try (TeamSession s = team.open(config)) {
                    o.put("team", true).put("url", config.url()).put("user", config.user())
                            .put("displayName", config.displayName()).put("schema", config.schema())
                            .put("role", s.role().name().toLowerCase(Locale.ROOT)).put("canWrite", s.role().canWrite());
                }
            }
            spec.commandLine().getOut().println(o);
            return 0;
        }
    }

    @Command(name = "leave", mixinStandardHelpOptions = true,
            description = "Stop using the team database on this machine (writes go to the local log again).")
    static final class Leave implements Callable<Integer> {
        private final Environment env;

        Leave(Environment env) {
            this.env = env;
        }

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            env.team().clear();
            spec.commandLine().getOut().println("working alone: writes are logged on this machine");
            return 0;
        }
    }
}
