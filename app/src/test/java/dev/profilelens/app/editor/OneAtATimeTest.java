package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.task.HeldTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's analyses run one at a time; of the requests made meanwhile only the newest runs. */
class OneAtATimeTest {
    @Test
    void requestsWhileOneRunsWaitAndOnlyTheNewestRuns() {
        HeldTaskExecutor tasks = new HeldTaskExecutor();
        OneAtATime analyses = new OneAtATime(tasks);
        List<String> ran = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            analyses.run(name, () -> {
                ran.add(name);
                return name;
            }, v -> { }, () -> finished.add(name));
        }
        assertThat(tasks.waiting()).as("the second and third wait for the first").isEqualTo(1);
        tasks.release();
        assertThat(ran).containsExactly("first");
        assertThat(tasks.waiting()).as("the newest waiting request starts when the first ends").isEqualTo(1);
        tasks.release();
        assertThat(ran).as("the second was outdated before it could start").containsExactly("first", "third");
        assertThat(finished).containsExactly("first", "third");
        analyses.run("fourth", () -> "fourth", v -> ran.add(v), () -> { });
        assertThat(tasks.waiting()).as("nothing runs: the next request starts at once").isEqualTo(1);
    }
}
