package dev.profilelens.app.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.session.GlobalUpdateInbox;
import dev.profilelens.core.session.LoadHandler;
import dev.profilelens.core.session.Profile;
import dev.profilelens.core.session.ServerTag;
import dev.profilelens.core.session.SessionConfig;
import dev.profilelens.core.session.SessionServer;
import dev.profilelens.core.session.ThreadScheduler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A simulated game server on the sandbox file: core's ProfileService session (autosave, force-load handling) owning
 * one key, applying the sandbox templates' updates as the sandbox game does ({@code Gift}: add {@code Amount} to
 * {@code Data[Item]}; {@code Grant}: append {@code Item} to {@code Data.Inventory}).
 */
public final class TestGame implements AutoCloseable {
    final AtomicBoolean released = new AtomicBoolean();
    private final SqliteProfileSource source;
    private final ThreadScheduler scheduler;
    private final SessionServer server;

    public TestGame(Path db, String key, Duration autoSave) throws Exception {
        source = SqliteProfileSource.open(db);
        scheduler = new ThreadScheduler(Clock.systemUTC(), "test-game");
        server = new SessionServer(source, scheduler, new ServerTag(4_811_999_000L, UUID.randomUUID().toString()),
                SessionConfig.profileService().withAutoSavePeriod(autoSave), "PlayerData",
                RobloxJson.nodes().objectNode(), 1);
        Profile p = server.load(key, LoadHandler.forceLoad()).thenApply(o -> {
            o.ifPresent(this::play);
            return o;
        }).get(30, TimeUnit.SECONDS).orElseThrow(() -> new IllegalStateException("could not load " + key));
        p.listenToRelease(owner -> released.set(true));
    }

    private void play(Profile p) {
        GlobalUpdateInbox in = p.globalUpdates();
        in.active().forEach(u -> in.lockActiveUpdate(u.id()));
        in.listenToNewActiveUpdate((id, data) -> {
            in.lockActiveUpdate(id);
            p.save();
        });
        in.listenToNewLockedUpdate((id, data) -> {
            apply(p.data(), data);
            in.clearLockedUpdate(id);
        });
    }

    private static void apply(ObjectNode d, JsonNode u) {
        if ("Grant".equals(u.path("Type").asText()) && u.path("Item").isObject()) {
            d.withArray("Inventory").add(u.get("Item").deepCopy());
        } else if ("Gift".equals(u.path("Type").asText()) && u.path("Amount").isIntegralNumber()) {
            String item = u.path("Item").asText("Coins");
            d.put(item, d.path(item).asLong() + u.get("Amount").asLong());
        }
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(20, TimeUnit.SECONDS);
        } finally {
            scheduler.close();
            source.close();
        }
    }
}
