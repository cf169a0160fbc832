package io.sluice.connectors.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubtaskShareTest {
  @Test
  void sharesCoverTheRangeInOrder() {
    for (long total : new long[] {0, 1, 10, 1001, Long.MAX_VALUE}) {
      for (int parallelism = 1; parallelism <= 9; parallelism++) {
        long next = 0;
        for (int i = 0; i < parallelism; i++) {
          SubtaskShare share = SubtaskShare.of(total, i, parallelism);
          assertThat(share.first()).isEqualTo(next);
          assertThat(share.count() - total / parallelism).isBetween(0L, 1L);
          next += share.count();
        }
        assertThat(next).isEqualTo(total);
      }
    }
  }
}
