package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.widgets.Badges;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ProfileService Plus and unknown profile-like values through the real command line and the browser badges. */
class DialectCommandsTest {
    static final String PLUS = "{\"Data\":{\"Coins\":340},\"Metadata\":{\"ProfileCreateTime\":1699000000,"
            + "\"SessionLoadCount\":7,\"ActiveSession\":[4242,\"5d1c9e0a\"],\"Metatags\":{\"DataVersion\":3},"
            + "\"LastUpdate\":1700003700},\"RobloxMetadata\":[],\"UserIds\":[77001],\"GlobalUpdates\":[0,[]],"
            + "\"WasCorrupted\":false}";
    static final String UNKNOWN = "{\"Data\":{\"Coins\":9},\"Meta\":{\"Active\":[1,\"j\"]},\"GlobalUpdates\":[0,[]]}";

    @TempDir
    Path tmp;

    private String file(String name, String json) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f.toString();
    }

    @Test
    void inspectSaysProfileServicePlusWithItsLock() throws IOException {
        CliHarness r = CliHarness.run("inspect", file("plus.json", PLUS), "--now", "1700004000");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = RobloxJson.parse(r.out());
        assertThat(report.get("kind").asText()).isEqualTo("profile");
        assertThat(report.get("dialect").asText()).isEqualTo("profileservice-plus");
        assertThat(report.get("lock").get("state").asText()).isEqualTo("active");
        assertThat(report.get("lock").get("ageSeconds").asLong()).isEqualTo(300);
        assertThat(report.get("metaTags").get("DataVersion").asInt()).isEqualTo(3);
        String f = file("plus2.json", PLUS);
        CliHarness plus = CliHarness.run("inspect", f, "--now", "1700005400", "--dialect", "profileservice-plus");
        assertThat(RobloxJson.parse(plus.out()).get("lock").get("state").asText()).isEqualTo("active");
        CliHarness pst = CliHarness.run("inspect", f, "--now", "1700005400", "--dialect", "profilestore");
        assertThat(RobloxJson.parse(pst.out()).get("lock").get("state").asText()).isEqualTo("stale");
    }

    @Test
    void globalUpdateOnAnUnknownProfileLikeValueIsRefusedAndPrintsNothing() throws IOException {
        CliHarness r = CliHarness.run("global-update", "add", file("u.json", UNKNOWN), "--data", "{\"Gift\":1}");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no known library");
    }

    @Test
    void badgesNameTheDialect() {
        assertThat(Badges.format(ProfileCodec.read(PLUS.getBytes(StandardCharsets.UTF_8)))).isEqualTo("PS+");
        assertThat(Badges.format(ProfileCodec.read(UNKNOWN.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("unknown, read-only");
    }
}
