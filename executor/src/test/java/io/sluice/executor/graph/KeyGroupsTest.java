package io.sluice.executor.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyGroupsTest {

  @ParameterizedTest
  @CsvSource({"128,1", "128,3", "128,4", "128,7", "128,128", "10,3", "4,4"})
  void rangesAreContiguousDisjointAndCoverAllKeyGroups(int maxParallelism, int parallelism) {
    int expectedFirst = 0;
    for (int subtask = 0; subtask < parallelism; subtask++) {
      KeyGroups.Range range = KeyGroups.rangeOf(subtask, maxParallelism, parallelism);
      assertThat(range.first()).isEqualTo(expectedFirst);
      assertThat(range.size()).isPositive();
      for (int group = range.first(); group <= range.last(); group++) {
        assertThat(KeyGroups.subtaskOfKeyGroup(group, maxParallelism, parallelism)).isEqualTo(subtask);
      }
      expectedFirst = range.last() + 1;
    }
    assertThat(expectedFirst).isEqualTo(maxParallelism);
  }

  @Test
  void keyGroupIsStableAndInRange() {
    for (int key = -1000; key < 1000; key++) {
      int group = KeyGroups.keyGroupOf(key, 128);
      assertThat(group).isBetween(0, 127).isEqualTo(KeyGroups.keyGroupOf(Integer.valueOf(key), 128));
    }
    assertThat(KeyGroups.keyGroupOf(null, 128)).isEqualTo(KeyGroups.keyGroupOf(0, 128));
    assertThat(KeyGroups.keyGroupOf(Integer.MIN_VALUE, 128)).isBetween(0, 127);
  }

  @Test
  void consecutiveKeysSpreadOverSubtasks() {
    Map<Integer, Integer> perSubtask = new HashMap<>();
    for (long key = 0; key < 10_000; key++) {
      perSubtask.merge(KeyGroups.subtaskOfKey(key, 128, 4), 1, Integer::sum);
    }
    assertThat(perSubtask).hasSize(4);
    assertThat(perSubtask.values()).allSatisfy(n -> assertThat(n).isBetween(1_500, 3_500));
  }
}
