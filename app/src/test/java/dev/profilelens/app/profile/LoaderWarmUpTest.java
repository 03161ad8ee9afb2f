package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * ADR 0262: the warm-up reads a valid ProfileService value through the whole loader, on a daemon thread, and hands
 * what it read on (to the panes' warm-up, ADR 0263).
 */
class LoaderWarmUpTest {

    @Test
    void theSampleIsAProfileWithEveryKindOfToken() {
        byte[] sample = LoaderWarmUp.sample();
        ProfileReading r = ProfileCodec.read(sample);
        assertThat(r.kind()).isEqualTo(Kind.PROFILE);
        assertThat(r.dialect()).isEqualTo(Dialect.PROFILESERVICE);
        assertThat(sample.length).isBetween(60_000, 200_000);
        assertThat(r.data().get("Items")).hasSize(LoaderWarmUp.ITEMS);
        assertThat(r.data().get("Ratio").isBigDecimal()).isTrue();
        assertThat(r.data().get("Vip").isBoolean()).isTrue();
        assertThat(r.data().get("Clan").isNull()).isTrue();
        assertThat(r.data().get("Items").get(7).get("Name").asText()).contains("\"quoted\"").contains("é");
    }

    @Test
    void theReadGoesThroughTheLoaderAndItsFormatterAndIsHandedOn() throws Exception {
        AtomicInteger formatted = new AtomicInteger();
        Executor formatter = job -> {
            formatted.incrementAndGet();
            job.run();
        };
        AtomicReference<ProfileSnapshot> read = new AtomicReference<>();
        Thread t = LoaderWarmUp.start(new ProfileLoader(Clock.systemUTC(), formatter), read::set);
        assertThat(t.isDaemon()).isTrue();
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(formatted).as("one read, formatted once").hasValue(1);
        assertThat(read.get().reading().kind()).isEqualTo(Kind.PROFILE);
        assertThat(read.get().raw().content()).as("its Raw text made before it is handed on").isDone();
    }
}
