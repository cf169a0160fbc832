package io.sluice.executor.operators.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.LookupFunction;
import io.sluice.executor.testing.OperatorHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The lookup join over a table {@code (k, name)} held in a map, whose lookup of key {@code slow} waits until the
 * test lets it go: output rows, NULL keys, and what async lookups emit while one is stuck.
 */
class LookupJoinOperatorTest {
  private static final RowType TABLE = RowType.of(new Column("k", DataType.string()),
      new Column("name", DataType.string()));
  private final CountDownLatch release = new CountDownLatch(1);
  private final LookupFunction table = keys -> {
    if (keys[0].equals("slow")) {
      release.await();
    }
    String name = Map.of("a", "A", "slow", "S").get((String) keys[0]);
    return name == null ? List.of() : List.<Object[]>of(new Object[] {keys[0], name});
  };

  @Test
  void joinsEachRowWithTheRowsFoundAndPadsTheOthersOfALeftJoin() throws Exception {
    release.countDown();
    OperatorHarness join = OperatorHarness.open(new LookupJoinOperator(spec(true, AsyncLookup.SYNC)), 0);
    assertThat(join.process(Row.of(1, "a"), Row.of(2, "b"), Row.of(3, null))).containsExactly(
        "+I[1, a, a, A]", "+I[2, b, null, null]", "+I[3, null, null, null]");
  }

  @Test
  void unorderedAsyncLookupsEmitWhatIsDoneWhileASlowOneWaits() throws Exception {
    OperatorHarness join = OperatorHarness.open(new LookupJoinOperator(spec(false,
        new AsyncLookup(2, 10, false))), 0);
    List<String> emitted = new ArrayList<>(join.process(Row.of(1, "slow"), Row.of(2, "a")));
    long[] now = {0};
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      emitted.addAll(join.advanceTime(now[0] += LookupJoinOperator.POLL_INTERVAL_MS));
      return !emitted.isEmpty();
    });
    assertThat(emitted).containsExactly("+I[2, a, a, A]");
    release.countDown();
    assertThat(join.watermark(100)).containsExactly("+I[1, slow, slow, S]", "W100");
  }

  @Test
  void orderedAsyncLookupsKeepTheInputOrder() throws Exception {
    OperatorHarness join = OperatorHarness.open(new LookupJoinOperator(spec(false,
        new AsyncLookup(2, 10, true))), 0);
    assertThat(join.process(Row.of(1, "slow"), Row.of(2, "a"))).isEmpty();
    release.countDown();
    assertThat(join.watermark(100)).containsExactly("+I[1, slow, slow, S]", "+I[2, a, a, A]", "W100");
  }

  @Test
  void aCheckpointBarrierWaitsForTheLookupsInFlight() throws Exception {
    OperatorHarness join = OperatorHarness.open(new LookupJoinOperator(spec(false,
        new AsyncLookup(2, 10, true))), 0);
    assertThat(join.process(Row.of(1, "slow"), Row.of(2, "a"))).isEmpty();
    release.countDown();
    assertThat(join.barrier(1)).containsExactly("+I[1, slow, slow, S]", "+I[2, a, a, A]");
  }

  private LookupJoinSpec spec(boolean leftOuter, AsyncLookup async) {
    JoinCondition sameKey = (l, r) -> l[1] != null && l[1].equals(r[0]);
    return new LookupJoinSpec(TABLE, new int[] {1}, leftOuter, sameKey, () -> table, async);
  }
}
