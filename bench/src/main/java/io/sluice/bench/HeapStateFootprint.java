package io.sluice.bench;

import io.sluice.bench.jmh.GroupCountState;
import io.sluice.common.Row;
import io.sluice.state.rocksdb.RocksDbKeyedStateBackend;
import io.sluice.state.serde.Serialization;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What one group of a {@code GROUP BY id} count costs in state: the heap retained per key by the {@code hashmap}
 * backend, and the bytes per key of the {@code rocksdb} backend's SST files after a flush (its native checkpoint),
 * for the state the engine keeps (a one-BIGINT key row, a one-BIGINT accumulator row; {@link GroupCountState}).
 * The heap is measured as the used heap after full collections before and after filling the backend, with the keys
 * already built, so only what the backend retains counts. Usage: {@code HeapStateFootprint [keys]}, in a JVM of its
 * own with room for the keys (e.g. {@code -Xmx2g} for a million).
 */
public final class HeapStateFootprint {
  private HeapStateFootprint() {}

  public static void main(String[] args) throws Exception {
    int keys = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long payload = payloadBytes();
    double heapPerKey;
    try (GroupCountState state = new GroupCountState("hashmap", keys)) {
      long before = usedHeapAfterGc();
      state.fillCounts();
      long after = usedHeapAfterGc();
      heapPerKey = (after - before) / (double) keys;
      if (state.backend().numEntries() != keys) {
        throw new IllegalStateException("Expected " + keys + " entries, found " + state.backend().numEntries());
      }
    }
    double diskPerKey;
    try (GroupCountState state = new GroupCountState("rocksdb", keys)) {
      state.fillCounts();
      Path directory = Files.createTempDirectory("sluice-footprint").resolve("checkpoint");
      ((RocksDbKeyedStateBackend) state.backend()).checkpoint(directory);
      diskPerKey = sstBytes(directory) / (double) keys;
      deleteRecursively(directory.getParent());
    }
    System.out.printf("%n| backend | keys | serialized key + value | per key | of which overhead |%n"
        + "|---|---|---|---|---|%n");
    System.out.printf("| hashmap (heap, %s) | %,d | %d B | %.1f B | %.1f B |%n",
        ManagementFactory.getRuntimeMXBean().getVmName(), keys, payload, heapPerKey, heapPerKey - payload);
    // Not an overhead: RocksDB's SST blocks share key prefixes and are compressed, so they can be below the payload.
    System.out.printf("| rocksdb (SST files on disk, after a flush) | %,d | %d B | %.1f B | — |%n",
        keys, payload, diskPerKey);
  }

  /** The bytes of one entry's serialized key and value, as the backends store them. */
  private static long payloadBytes() {
    try (GroupCountState probe = new GroupCountState("hashmap", 1)) {
      probe.fillCounts();
      probe.select(0);
      return Serialization.toBytes(GroupCountState.ROW_OF_BIGINT, Row.of(0L)).length
          + Serialization.toBytes(GroupCountState.ROW_OF_BIGINT, probe.counts().value()).length;
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long sstBytes(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.toString().endsWith(".sst")).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
