package io.sluice.executor.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.executor.checkpoint.StateHandle;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorIdsTest {
  private static StreamNode node(int id, String name, int parallelism) {
    return new StreamNode(id, name, parallelism, null, () -> (row, out) -> { }, List.of(), null);
  }

  @Test
  void theSameNodeGetsTheSameIdAtAnyParallelism() {
    String id = OperatorIds.of(node(2, "GroupAggregate(groupBy=[k], select=[k, COUNT(*)])", 1));

    assertThat(id).matches("node-2-GroupAggregate-[0-9a-f]{8}");
    assertThat(OperatorIds.of(node(2, "GroupAggregate(groupBy=[k], select=[k, COUNT(*)])", 4))).isEqualTo(id);
    assertThat(StateHandle.keyedStateName(id, 3)).as("usable in state file names").isNotEmpty();
  }

  @Test
  void aChangedOperatorOrPositionGetsAnotherId() {
    String id = OperatorIds.of(node(2, "GroupAggregate(groupBy=[k], select=[k, COUNT(*)])", 1));

    assertThat(OperatorIds.of(node(2, "GroupAggregate(groupBy=[k], select=[k, SUM(v)])", 1))).isNotEqualTo(id);
    assertThat(OperatorIds.of(node(3, "GroupAggregate(groupBy=[k], select=[k, COUNT(*)])", 1))).isNotEqualTo(id);
  }

  @Test
  void aNameWithoutLeadingLettersStillGivesAValidId() {
    assertThat(OperatorIds.of(node(0, "(weird) näme", 1))).matches("node-0-op-[0-9a-f]{8}");
    assertThat(OperatorIds.of(node(1, "Sink: t", 1))).startsWith("node-1-Sink-");
  }
}
