package io.sluice.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KeyGroupsTest {
  @Test
  void rangesAndSubtaskAssignmentAgree() {
    for (int max = 1; max <= 128; max++) {
      for (int parallelism = 1; parallelism <= 16; parallelism++) {
        int next = 0;
        for (int subtask = 0; subtask < parallelism; subtask++) {
          KeyGroupRange range = KeyGroups.rangeForSubtask(max, parallelism, subtask);
          assertThat(range.start()).as("ranges are contiguous").isEqualTo(next);
          next = range.end() + 1;
          for (int keyGroup = range.start(); keyGroup <= range.end(); keyGroup++) {
            assertThat(KeyGroups.subtaskForKeyGroup(max, parallelism, keyGroup))
                .as("max %d, parallelism %d, key group %d", max, parallelism, keyGroup)
                .isEqualTo(subtask);
          }
        }
        assertThat(next).as("ranges cover all key groups").isEqualTo(max);
      }
    }
  }

  @Test
  void rangesAreBalanced() {
    assertThat(KeyGroups.rangeForSubtask(128, 3, 0)).isEqualTo(new KeyGroupRange(0, 42));
    assertThat(KeyGroups.rangeForSubtask(128, 3, 1)).isEqualTo(new KeyGroupRange(43, 85));
    assertThat(KeyGroups.rangeForSubtask(128, 3, 2)).isEqualTo(new KeyGroupRange(86, 127));
    assertThat(KeyGroups.rangeForSubtask(4, 8, 0)).isEqualTo(new KeyGroupRange(0, 0));
    assertThat(KeyGroups.rangeForSubtask(4, 8, 1).isEmpty()).isTrue();
    assertThat(KeyGroups.rangeForSubtask(32_768, 7, 6).end()).isEqualTo(32_767);
  }

  @Test
  void keysLandInRangeAndSpread() {
    int[] counts = new int[128];
    for (long key = 0; key < 12_800; key++) {
      counts[KeyGroups.assignToKeyGroup(key, 128)]++;
    }
    for (int count : counts) {
      assertThat(count).isBetween(50, 150);
    }
    assertThat(KeyGroups.assignToKeyGroup(Integer.MIN_VALUE, 7)).isBetween(0, 6);
  }

  @Test
  void assignmentIsStableAcrossRuns() {
    // Pinned values: key groups are in checkpoints, so the hash must never change.
    assertThat(new int[] {
        KeyGroups.assignToKeyGroup("sluice", 128),
        KeyGroups.assignToKeyGroup(42L, 128),
        KeyGroups.assignToKeyGroup(new BigDecimal("1.50"), 128),
        KeyGroups.assignToKeyGroup(Row.of(1L, "a"), 128)})
        .containsExactly(32, 99, 5, 18);
  }

  @Test
  void rowKeysIgnoreTheRowKind() {
    for (RowKind kind : RowKind.values()) {
      assertThat(KeyGroups.assignToKeyGroup(Row.ofKind(kind, 7L, "x"), 128))
          .isEqualTo(KeyGroups.assignToKeyGroup(Row.of(7L, "x"), 128));
    }
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> KeyGroups.assignToKeyGroup(null, 128)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> KeyGroups.rangeForSubtask(128, 4, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyGroups.subtaskForKeyGroup(128, 4, 128)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyGroupRange(5, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rangeOperations() {
    KeyGroupRange range = new KeyGroupRange(10, 19);
    assertThat(range.size()).isEqualTo(10);
    assertThat(range.contains(new KeyGroupRange(12, 15))).isTrue();
    assertThat(range.contains(new KeyGroupRange(5, 15))).isFalse();
    assertThat(range.intersect(new KeyGroupRange(15, 30))).isEqualTo(new KeyGroupRange(15, 19));
    assertThat(range.intersect(new KeyGroupRange(30, 40)).isEmpty()).isTrue();
  }
}
