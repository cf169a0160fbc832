package io.sluice.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The state the keyed-state benchmarks read holds what their setup wrote, on both backends. */
class GroupCountStateTest {
  @ParameterizedTest
  @ValueSource(strings = {"hashmap", "rocksdb"})
  void everyKeyReadsBackWhatWasWritten(String backend) {
    int keys = 1_000;
    try (GroupCountState state = new GroupCountState(backend, keys)) {
      state.fillCounts();
      state.fillMaps();
      assertThat(state.backend().numEntries("count")).isEqualTo(keys);
      assertThat(state.backend().numEntries("map")).isEqualTo(keys);
      for (int i = 0; i < keys; i++) {
        state.select(i);
        assertThat(state.counts().value()).isEqualTo(Row.of(i + 1L));
        assertThat(state.maps().get((long) i)).isEqualTo(i);
      }
    }
  }
}
