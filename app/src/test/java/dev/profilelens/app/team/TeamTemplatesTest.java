package dev.profilelens.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.app.composer.DeliveryTemplates;
import dev.profilelens.app.composer.Templates;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.find.FindPlayerViewModel;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserRecord;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.team.StoreTemplate;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template editors on a team database (the real server): update, delivery and key templates come from the team
 * catalog of the connection's universe; an admin changes them, an editor's and a viewer's change is refused by the
 * database, and nothing goes to this computer's template files meanwhile.
 */
class TeamTemplatesTest {
    private static final String UNIVERSE = "4242";
    @TempDir
    Path tmp;
    private TeamServer server;

    @BeforeEach
    void setUp() {
        server = TeamServer.fresh();
    }

    private Templates updates(String login) {
        return new Templates(tmp.resolve(login + "-templates.json"), new TeamTemplates(server.settings(login, login)));
    }

    @Test
    void updateTemplatesAreTheTeamsAndOnlyAnAdminChangesThem() {
        updates("pl_admin").put(UNIVERSE, "PlayerData", "Refund", RobloxJson.parse("{\"Type\":\"Refund\","
                + "\"Coins\":250}"));
        Templates editor = updates("pl_editor");
        Templates viewer = updates("pl_viewer");
        assertThat(editor.where()).isEqualTo("the team catalog");
        assertThat(editor.names(UNIVERSE, "PlayerData")).as("no local default next to the team's")
                .containsExactly("Refund");
        assertThat(viewer.get(UNIVERSE, "PlayerData", "Refund").path("Coins").asInt()).isEqualTo(250);
        assertThat(viewer.names("999", "PlayerData")).as("another universe's templates").isEmpty();

        for (Templates refused : List.of(editor, viewer)) {
            assertThatThrownBy(() -> refused.put(UNIVERSE, "PlayerData", "Mine", RobloxJson.parse("{\"a\":1}")))
                    .isInstanceOf(RefusedException.class);
        }
        assertThat(viewer.names(UNIVERSE, "PlayerData")).containsExactly("Refund");
        try (var files = listing()) {
            assertThat(files).as("nothing written to this computer's template files").isEmpty();
        }
    }

    @Test
    void theDeliveryTemplateOfAStoreIsTheTeamsWhenOneIsKept() {
        DeliveryTemplates admin = new DeliveryTemplates(tmp.resolve("admin.json"),
                new TeamTemplates(server.settings("pl_admin", "Ada")));
        DeliveryTemplates editor = new DeliveryTemplates(tmp.resolve("editor.json"),
                new TeamTemplates(server.settings("pl_editor", "Ana")));
        String suggestion = RobloxJson.writeString(editor.get(UNIVERSE, "PlayerData"));
        var team = RobloxJson.parse("{\"rules\":[{\"intent\":\"add\",\"path\":\"/Data/Gems\","
                + "\"update\":{\"Type\":\"GemGift\",\"Amount\":\"$delta\"}}]}");
        admin.put(UNIVERSE, "PlayerData", team);
        assertThat(editor.get(UNIVERSE, "PlayerData")).isEqualTo(team);
        assertThat(RobloxJson.writeString(editor.get("1", "PlayerData"))).as("other universes keep the suggestion")
                .isEqualTo(suggestion);
        assertThatThrownBy(() -> editor.put(UNIVERSE, "PlayerData", RobloxJson.parse("{\"rules\":[]}")))
                .isInstanceOf(RefusedException.class);
        assertThat(editor.get(UNIVERSE, "PlayerData")).isEqualTo(team);
        assertThat(Files.exists(tmp.resolve("editor.json"))).isFalse();
    }

    @Test
    void thePlayerSearchUsesTheTeamsKeyTemplates() {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        for (long id = 100_000; id < 100_040; id++) {
            // the last run of digits is the save slot, so the search cannot guess this naming by itself
            source.write(new WriteRequest(EntryRef.of("Saves", "u" + id + "_slot2"), "{\"Data\":{}}"
                    .getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
        }
        Connection cloud = new Connection("Live", "opencloud:" + UNIVERSE, "#888", SafetyLevel.READ_ONLY, false);
        assertThat(find(source, cloud, new TeamTemplates(server.settings("pl_viewer", "Val"))))
                .as("without the team's key template").isEmpty();

        new TeamTemplates(server.settings("pl_admin", "Ada")).save(new StoreTemplate(UNIVERSE, "Saves",
                StoreTemplate.Kind.KEY, "slot 2", "u{id}_slot2"));
        assertThat(find(source, cloud, new TeamTemplates(server.settings("pl_viewer", "Val"))))
                .extracting(FindHit::key).containsExactly("u100032_slot2");
        assertThatThrownBy(() -> new TeamTemplates(server.settings("pl_editor", "Ana")).save(new StoreTemplate(
                UNIVERSE, "Saves", StoreTemplate.Kind.KEY, "mine", "x{id}"))).isInstanceOf(RefusedException.class);
    }

    @Test
    void anAdminSharesKeyTemplatesFromTheFindWindowAndAnEditorIsRefusedThere() {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        for (long id = 100_000; id < 100_040; id++) {
            source.write(new WriteRequest(EntryRef.of("Saves", "u" + id + "_slot3"), "{\"Data\":{}}"
                    .getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
        }
        Connection cloud = new Connection("Live", "opencloud:" + UNIVERSE, "#888", SafetyLevel.READ_ONLY, false);
        FindPlayerViewModel editor = model(source, cloud, new TeamTemplates(server.settings("pl_editor", "Ana")));
        editor.templatesTextProperty().set("Saves=u{id}_slot3");
        editor.shareTemplates();
        assertThat(editor.messageProperty().get()).as("the database's refusal is shown").isNotBlank()
                .doesNotStartWith("Shared");
        assertThat(find(source, cloud, new TeamTemplates(server.settings("pl_viewer", "Val")))).isEmpty();

        FindPlayerViewModel admin = model(source, cloud, new TeamTemplates(server.settings("pl_admin", "Ada")));
        admin.templatesTextProperty().set("Saves=u{id}_slot3");
        admin.shareTemplates();
        assertThat(admin.messageProperty().get()).isEqualTo("Shared 1 key template(s) with the team for Live");
        assertThat(find(source, cloud, new TeamTemplates(server.settings("pl_viewer", "Val"))))
                .extracting(FindHit::key).containsExactly("u100032_slot3");
        assertThat(tmp.resolve("key-templates.json")).as("nothing kept on this computer").doesNotExist();
        for (long id = 100_000; id < 100_040; id++) {
            source.write(new WriteRequest(EntryRef.of("Saves", "v" + id), "{\"Data\":{}}"
                    .getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
        }
        admin.templatesTextProperty().set("Saves=v{id}");
        admin.shareTemplates();
        assertThat(find(source, cloud, new TeamTemplates(server.settings("pl_viewer", "Val"))))
                .as("the store's team templates are replaced, not added to").extracting(FindHit::key)
                .containsExactly("v100032");
    }

    private List<FindHit> find(InMemoryProfileSource source, Connection c, TeamTemplates team) {
        FindPlayerViewModel model = model(source, c, team);
        model.queryProperty().set("100032");
        model.search();
        return List.copyOf(model.results());
    }

    private FindPlayerViewModel model(InMemoryProfileSource source, Connection c, TeamTemplates team) {
        UserDirectory none = new UserDirectory() {
            @Override
            public Optional<UserRecord> byName(String username) {
                return Optional.empty();
            }

            @Override
            public String describe() {
                return "nobody";
            }
        };
        return new FindPlayerViewModel(new ConnectionSession(TestProviders.installed(), c, source),
                new CurrentThreadTaskExecutor(), () -> none,
                tmp.resolve("key-templates.json"), team);
    }

    private java.util.stream.Stream<Path> listing() {
        try {
            return Files.list(tmp);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
