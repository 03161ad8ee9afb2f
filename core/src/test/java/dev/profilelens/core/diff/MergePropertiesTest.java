package dev.profilelens.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Laws of the three-way merge over seeded random documents. */
class MergePropertiesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 5, 99})
    void aSideThatDidNotChangeYieldsTheOther(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 500; i++) {
            JsonNode base = random.document();
            JsonNode edited = random.edit(base);
            MergeResult onlyTheirs = ThreeWayMerge.merge(base, base.deepCopy(), edited);
            MergeResult onlyMine = ThreeWayMerge.merge(base, edited, base.deepCopy());
            assertThat(onlyTheirs.clean()).isTrue();
            assertThat(onlyMine.clean()).isTrue();
            assertThat(JsonEquals.equal(onlyTheirs.merged(), edited)).isTrue();
            assertThat(JsonEquals.equal(onlyMine.merged(), edited)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {2, 6})
    void identicalEditsMergeWithoutConflict(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 500; i++) {
            JsonNode base = random.document();
            JsonNode edited = random.edit(base);
            MergeResult r = ThreeWayMerge.merge(base, edited, edited.deepCopy());
            assertThat(r.clean()).isTrue();
            assertThat(JsonEquals.equal(r.merged(), edited)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 4, 10})
    void editsOfSeparateMembersBothSurvive(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 300; i++) {
            ObjectNode base = pair(random.document(), random.document());
            ObjectNode mine = base.deepCopy();
            ObjectNode theirs = base.deepCopy();
            mine.set("left", random.edit(base.get("left")));
            theirs.set("right", random.edit(base.get("right")));
            MergeResult r = ThreeWayMerge.merge(base, mine, theirs);
            assertThat(r.conflicts()).isEmpty();
            assertThat(JsonEquals.equal(r.merged().get("left"), mine.get("left"))).isTrue();
            assertThat(JsonEquals.equal(r.merged().get("right"), theirs.get("right"))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void conflictsAreSymmetricAndAlwaysBetweenDifferingSides(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 500; i++) {
            JsonNode base = random.document();
            JsonNode mine = random.edit(base);
            JsonNode theirs = random.edit(base);
            MergeResult forward = ThreeWayMerge.merge(base, mine, theirs);
            MergeResult backward = ThreeWayMerge.merge(base, theirs, mine);
            assertThat(forward.conflictPaths()).hasSameSizeAs(backward.conflictPaths());
            for (Conflict c : forward.conflicts()) {
                assertThat(JsonEquals.equal(c.mine(), c.theirs())).isFalse();
                assertThat(JsonEquals.equal(c.mine(), c.base())).isFalse();
                assertThat(JsonEquals.equal(c.theirs(), c.base())).isFalse();
            }
            if (forward.clean() && !JsonEquals.equal(mine, theirs)) {
                assertThat(JsonEquals.equal(forward.merged(), base)).isFalse();
            }
        }
    }

    private static ObjectNode pair(JsonNode left, JsonNode right) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("left", left);
        o.set("right", right);
        return o;
    }
}
