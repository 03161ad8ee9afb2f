package dev.profilelens.app.env;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.cli.CliHarness;
import dev.profilelens.app.team.TeamConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two environments in one JVM do not see each other (ADR 0221): each has its own sandbox, audit log and team
 * settings, which a process-wide lookup (a system property, a static registry) could not give.
 */
class EnvironmentTest {
    @TempDir
    Path tmp;

    @Test
    void eachEnvironmentHasItsOwnSandboxLogAndTeamSettings() throws Exception {
        Environment a = Environment.of(tmp.resolve("a"), Clock.systemUTC(), "ana", Map.of());
        Environment b = Environment.of(tmp.resolve("b"), Clock.systemUTC(), "bo", Map.of());
        a.providers().sandbox().orElseThrow().create(12, 7, (done, total) -> { }, () -> false);
        assertThat(a.providers().sandbox().orElseThrow().isReady()).isTrue();
        assertThat(b.providers().sandbox().orElseThrow().isReady()).as("b's sandbox is b's own file").isFalse();
        assertThat(Files.exists(tmp.resolve("a").resolve("sandbox.db"))).isTrue();

        CliHarness keys = CliHarness.in(a).run("keys", "PlayerData", "--source", "sandbox", "--limit", "3");
        assertThat(keys.exit()).as(keys.err()).isZero();
        assertThat(keys.out().lines()).hasSize(3);

        a.team().save(new TeamConfig("jdbc:postgresql://127.0.0.1:1/x", "pl_editor", "", "profilelens"));
        assertThat(a.team().config()).isPresent();
        assertThat(b.team().config()).isEmpty();
        assertThat(a.team().config().orElseThrow().author(a.user())).as("no display name: the OS user")
                .isEqualTo("ana");
    }

    @Test
    void theTeamPasswordComesFromTheEnvironmentsVariablesNotTheProcess() {
        Environment env = Environment.of(tmp, Clock.systemUTC(), "ana",
                Map.of("PROFILELENS_TEAM_PASSWORD", "from-the-environment"));
        CliHarness r = CliHarness.in(env).run("team", "join", "--url", "jdbc:postgresql://127.0.0.1:1/none",
                "--user", "pl_editor");
        assertThat(r.exit()).as("nothing listens on port 1").isNotZero();
        assertThat(r.err()).doesNotContain("give the password");
        CliHarness none = CliHarness.in(Environment.of(tmp, Clock.systemUTC(), "ana", Map.of())).run("team",
                "join", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "pl_editor");
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("give the password with --password-stdin or PROFILELENS_TEAM_PASSWORD");
    }
}
