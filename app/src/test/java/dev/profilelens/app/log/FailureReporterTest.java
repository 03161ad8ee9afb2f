package dev.profilelens.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureReporterTest {
    @Test
    void theUserIsToldWhereTheLogIsAndOnlyOneNoticeIsOpenAtATime() {
        List<String> shown = new ArrayList<>();
        List<Runnable> close = new ArrayList<>();
        FailureReporter reporter = new FailureReporter(Path.of("logs", "profilelens-0.log"), (text, closed) -> {
            shown.add(text);
            close.add(closed);
        });
        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("index closed"));
        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("second"));
        assertThat(shown).singleElement().asString().contains("index closed")
                .contains(Path.of("logs", "profilelens-0.log").toString());
        close.get(0).run();
        reporter.uncaughtException(Thread.currentThread(), new NullPointerException());
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1)).contains("NullPointerException");
    }
}
