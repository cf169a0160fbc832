package io.sluice.state.rocksdb;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link RocksDbKeyedStateBackend} uses the machine: where its files go and how much native memory it may
 * take. Later set per job by {@code 'state.backend.rocksdb.localdir'} and
 * {@code 'state.backend.rocksdb.memory.fixed-per-slot'}.
 *
 * @param localDir the directory under which each backend instance creates its own working directory (deleted
 *     when the backend closes); created if missing. Checkpoints hard-link files, so checkpoint directories should
 *     be on the same file system.
 * @param memoryBytes the fixed memory budget of one backend: the capacity of its block cache, to which its
 *     memtables are charged as well (half of the budget at most), so that block cache, index and filter blocks
 *     and write buffers together stay within it
 */
public record RocksDbBackendOptions(Path localDir, long memoryBytes) {
  public static final long DEFAULT_MEMORY_BYTES = 64L << 20;
  public static final long MIN_MEMORY_BYTES = 4L << 20;

  public RocksDbBackendOptions {
    Objects.requireNonNull(localDir, "localDir");
    if (memoryBytes < MIN_MEMORY_BYTES) {
      throw new IllegalArgumentException("RocksDB memory must be at least " + (MIN_MEMORY_BYTES >> 20) + " MB, was "
          + memoryBytes + " bytes");
    }
  }

  /** {@code <java.io.tmpdir>/sluice-rocksdb} and {@value #DEFAULT_MEMORY_BYTES} bytes (64 MB). */
  public static RocksDbBackendOptions defaults() {
    return new RocksDbBackendOptions(
        Path.of(System.getProperty("java.io.tmpdir"), "sluice-rocksdb"), DEFAULT_MEMORY_BYTES);
  }

  public RocksDbBackendOptions withLocalDir(Path dir) {
    return new RocksDbBackendOptions(dir, memoryBytes);
  }

  public RocksDbBackendOptions withMemoryBytes(long bytes) {
    return new RocksDbBackendOptions(localDir, bytes);
  }
}
