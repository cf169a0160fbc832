package io.sluice.executor.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.KeyGroupRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateAssignmentTest {
  private static final CheckpointMetadata SAVEPOINT = new CheckpointMetadata(4, "job", CheckpointKind.SAVEPOINT,
      1, 2, 128, List.of(
          new OperatorSnapshot("agg", List.of(new SubtaskSnapshot(0, KeyGroupRange.all(128),
              List.of(new StateHandle("keyed-agg-0", 10)), null))),
          new OperatorSnapshot("src", List.of(new SubtaskSnapshot(0, new KeyGroupRange(0, -1), List.of(),
              new byte[] {1}))),
          new OperatorSnapshot("calc", List.of(SubtaskSnapshot.stateless(0)))));

  @Test
  void everyOperatorWithStateFindsItsOwner() {
    StateAssignment assignment = StateAssignment.of(SAVEPOINT, "sp", Set.of("src", "agg", "sink"), 128, false);
    assertThat(assignment.stateOf("agg")).isPresent();
    assertThat(assignment.stateOf("sink")).as("a new operator starts empty").isEmpty();
    assertThat(assignment.unclaimed()).isEmpty();
  }

  @Test
  void stateNoOperatorClaimsIsRefusedNamingTheOperators() {
    assertThatThrownBy(() -> StateAssignment.of(SAVEPOINT, "/sp/savepoint-1", Set.of("src2", "agg2"), 128, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/sp/savepoint-1")
        .hasMessageContaining("operator(s) agg, src")
        .hasMessageContaining("'execution.state-recovery.ignore-unclaimed-state' = 'true'")
        .hasMessageNotContaining("calc");
  }

  @Test
  void unclaimedStateIsDroppedWhenAllowed() {
    StateAssignment assignment = StateAssignment.of(SAVEPOINT, "sp", Set.of("src"), 128, true);
    assertThat(assignment.unclaimed()).containsExactly("agg");
  }

  @Test
  void theNumberOfKeyGroupsMustMatch() {
    assertThatThrownBy(() -> StateAssignment.of(SAVEPOINT, "sp", Set.of("src", "agg"), 256, false))
        .hasMessageContaining("'pipeline.max-parallelism' = 128 and the job has 256");
  }
}
