package io.sluice.executor.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorSnapshotTest {
  /** An operator that ran at parallelism 3 over 128 key groups. */
  private static OperatorSnapshot atParallelism3() {
    List<SubtaskSnapshot> subtasks = new ArrayList<>();
    for (int i = 2; i >= 0; i--) {
      subtasks.add(new SubtaskSnapshot(i, KeyGroups.rangeForSubtask(128, 3, i),
          List.of(new StateHandle(StateHandle.keyedStateName("agg", i), 10 * (i + 1))), null));
    }
    return new OperatorSnapshot("agg", subtasks);
  }

  @Test
  void subtasksAreOrdered() {
    assertThat(atParallelism3().subtasks()).extracting(SubtaskSnapshot::subtask).containsExactly(0, 1, 2);
    assertThat(atParallelism3().parallelism()).isEqualTo(3);
    assertThat(atParallelism3().stateSize()).isEqualTo(60);
  }

  @Test
  void scaleInReadsEveryOverlappingPiece() {
    OperatorSnapshot snapshot = atParallelism3();
    assertThat(snapshot.keyedStateFor(KeyGroups.rangeForSubtask(128, 2, 0))).extracting(StateHandle::name)
        .containsExactly("keyed-agg-0", "keyed-agg-1");
    assertThat(snapshot.keyedStateFor(KeyGroups.rangeForSubtask(128, 2, 1))).extracting(StateHandle::name)
        .containsExactly("keyed-agg-1", "keyed-agg-2");
    assertThat(snapshot.keyedStateFor(KeyGroupRange.all(128))).hasSize(3);
  }

  @Test
  void scaleOutReadsOnlyItsOwnPiece() {
    assertThat(atParallelism3().keyedStateFor(new KeyGroupRange(0, 10))).extracting(StateHandle::name)
        .containsExactly("keyed-agg-0");
    assertThat(atParallelism3().keyedStateFor(new KeyGroupRange(5, 4))).as("no key groups, nothing to read")
        .isEmpty();
  }

  @Test
  void aMissingSubtaskIsRefused() {
    assertThatThrownBy(() -> new OperatorSnapshot("agg", List.of(SubtaskSnapshot.stateless(1))))
        .hasMessageContaining("expected 0..0");
  }

  @Test
  void stateNamesAreFileNames() {
    assertThat(StateHandle.keyedStateName("9c1e", 3)).isEqualTo("keyed-9c1e-3");
    assertThatThrownBy(() -> new StateHandle("../escape", 1)).hasMessageContaining("Invalid state name");
    assertThatThrownBy(() -> new StateHandle("_metadata", 1)).hasMessageContaining("Invalid state name");
    assertThatThrownBy(() -> StateHandle.keyedStateName("a/b", 0)).hasMessageContaining("Invalid state name");
  }
}
