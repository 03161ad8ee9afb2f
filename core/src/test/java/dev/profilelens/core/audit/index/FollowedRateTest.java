package dev.profilelens.core.audit.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FollowedRateTest {
    private static ScanState at(long done) {
        return new ScanState("PlayerData\nglobal\n\n*", "c", done, 1_000, false);
    }

    @Test
    void rateAndTimeLeftSinceTheFirstStateSeen() {
        FollowedRate rate = new FollowedRate();
        ScanProgress first = rate.at(at(200), 10_000);
        assertThat(first.perSecond()).isZero();
        assertThat(first.eta()).as("no rate from one state").isNull();
        assertThat(first.fraction()).isEqualTo(0.2);

        ScanProgress later = rate.at(at(400), 14_000);
        assertThat(later.perSecond()).isEqualTo(50.0);
        assertThat(later.eta()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aRestartedScanStartsTheRateAgain() {
        FollowedRate rate = new FollowedRate();
        rate.at(at(500), 0);
        rate.at(at(600), 1_000);
        ScanProgress restarted = rate.at(at(50), 2_000);
        assertThat(restarted.perSecond()).isZero();
        assertThat(rate.at(at(150), 3_000).perSecond()).isEqualTo(100.0);
    }
}
