package io.sluice.state.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sluice.state.FilledState;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.MapState;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.RocksObject;

/** Closing a RocksDB backend gives back everything it took: native handles, open files, its directory. */
class RocksDbResourceTest {
  private static final Path FDS = Path.of("/proc/self/fd");

  @TempDir
  Path localDir;

  @TempDir
  Path checkpoints;

  private RocksDbKeyedStateBackend open() {
    return new RocksDbKeyedStateBackend(
        KeyedBackendParameters.of(StringSerializer.INSTANCE, KeyGroupRange.all(128), 128),
        new RocksDbBackendOptions(localDir, 8L << 20));
  }

  /** Makes the backend create every kind of native object, and leaves a scan and a snapshot unfinished. */
  private void exercise(RocksDbKeyedStateBackend backend, int round) throws IOException {
    FilledState.fill(backend);
    MapState<Integer, String> map = backend.getState(FilledState.MAP, PrimitiveSerializer.INT);
    map.setCurrentNamespace(7);
    backend.setCurrentKey(FilledState.key(1));
    assertThat(map.keys().iterator().next()).isEqualTo(1);
    assertThat(backend.numEntries()).isEqualTo(6L * FilledState.KEYS);
    backend.snapshot();
    backend.checkpoint(checkpoints.resolve("chk-" + round));
  }

  @Test
  void closeReleasesEveryNativeHandleAndDeletesTheWorkingDirectory() throws IOException {
    RocksDbKeyedStateBackend backend = open();
    exercise(backend, 0);
    List<RocksObject> handles = backend.nativeHandlesForTest();
    assertThat(handles).hasSizeGreaterThan(10);
    assertThat(handles).allMatch(RocksObject::isOwningHandle);
    Path dir = backend.workingDirectory();
    assertThat(dir).isDirectory();
    backend.close();
    backend.close();
    assertThat(handles).noneMatch(RocksObject::isOwningHandle);
    assertThat(dir).doesNotExist();
    assertThat(checkpoints.resolve("chk-0").resolve(RocksDbCheckpoint.METADATA_FILE))
        .as("a checkpoint outlives its backend").exists();
  }

  @Test
  void hundredBackendsOpenedAndClosedLeakNoFiles() throws IOException {
    assumeTrue(Files.isDirectory(FDS), "needs /proc/self/fd");
    try (RocksDbKeyedStateBackend warmUp = open()) {
      exercise(warmUp, -1); // loads the native library and RocksDB's shared thread pools
    }
    long before = openFiles();
    for (int round = 0; round < 100; round++) {
      RocksDbKeyedStateBackend backend = open();
      exercise(backend, round);
      Path dir = backend.workingDirectory();
      backend.close();
      assertThat(dir).doesNotExist();
    }
    long after = openFiles();
    // A leak per backend would add 100 or more; a few descriptors the JVM opens meanwhile (a jar, a class data
    // file) are not the backends'.
    assertThat(after).as("open file descriptors after 100 backends, %d before", before).isLessThan(before + 10);
    try (Stream<Path> left = Files.list(localDir)) {
      assertThat(left).as("working directories left behind").isEmpty();
    }
  }

  @Test
  void memoryStaysWithinTheBudget() {
    long budget = 8L << 20;
    try (RocksDbKeyedStateBackend backend = open()) {
      ValueState<String> state = backend.getState(new ValueStateDescriptor<>("v", StringSerializer.INSTANCE));
      String value = "x".repeat(1_000);
      for (int k = 0; k < 40_000; k++) { // 40 MB of values, five times the budget
        backend.setCurrentKey(FilledState.key(k));
        state.update(value);
      }
      for (int k = 0; k < 40_000; k += 7) {
        backend.setCurrentKey(FilledState.key(k));
        assertThat(state.value()).isEqualTo(value);
      }
      assertThat(backend.numEntries()).isEqualTo(40_000);
      long memtables = backend.nativeProperty("rocksdb.cur-size-all-mem-tables");
      assertThat(memtables).as("memtables").isLessThanOrEqualTo(budget);
      assertThat(backend.nativeProperty("rocksdb.block-cache-capacity")).as("one cache, shared").isEqualTo(budget);
      long cache = backend.nativeProperty("rocksdb.block-cache-usage");
      assertThat(cache).as("cache, memtables charged to it included").isLessThanOrEqualTo(budget);
    }
  }

  @Test
  void backendsSharingABudgetStayWithinItTogether() {
    long budget = 8L << 20;
    try (RocksDbSharedMemory shared = new RocksDbSharedMemory(budget)) {
      RocksDbBackendOptions options = new RocksDbBackendOptions(localDir, 64L << 20).withSharedMemory(shared);
      KeyedBackendParameters parameters =
          KeyedBackendParameters.of(StringSerializer.INSTANCE, KeyGroupRange.all(128), 128);
      try (RocksDbKeyedStateBackend first = new RocksDbKeyedStateBackend(parameters, options);
          RocksDbKeyedStateBackend second = new RocksDbKeyedStateBackend(parameters, options)) {
        String value = "x".repeat(1_000);
        for (RocksDbKeyedStateBackend backend : List.of(first, second)) {
          ValueState<String> state = backend.getState(new ValueStateDescriptor<>("v", StringSerializer.INSTANCE));
          for (int k = 0; k < 20_000; k++) { // 20 MB each, 2.5 times the shared budget
            backend.setCurrentKey(FilledState.key(k));
            state.update(value);
          }
        }
        for (RocksDbKeyedStateBackend backend : List.of(first, second)) {
          assertThat(backend.nativeProperty("rocksdb.block-cache-capacity")).as("the shared cache").isEqualTo(budget);
        }
        long memtables = first.nativeProperty("rocksdb.cur-size-all-mem-tables")
            + second.nativeProperty("rocksdb.cur-size-all-mem-tables");
        assertThat(memtables).as("both instances' memtables").isLessThanOrEqualTo(budget);
        assertThat(first.nativeProperty("rocksdb.block-cache-usage")).as("cache, memtables charged to it included")
            .isLessThanOrEqualTo(budget);
      }
    }
  }

  private static long openFiles() throws IOException {
    try (Stream<Path> fds = Files.list(FDS)) {
      return fds.count();
    }
  }
}
