package io.sluice.state.rocksdb;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link RocksDbKeyedStateBackend} uses the machine: where its files go and how much native memory it may
 * take. Set per job by {@code 'state.backend.rocksdb.localdir'} and the {@code state.backend.rocksdb.memory.*}
 * keys.
 *
 * @param localDir the directory under which each backend instance creates its own working directory (deleted
 *     when the backend closes); created if missing. Checkpoints hard-link files, so checkpoint directories should
 *     be on the same file system.
 * @param memoryBytes the fixed memory budget of one backend when it has no {@code sharedMemory}: the capacity of
 *     its block cache, to which its memtables are charged as well (half of the budget at most), so that block
 *     cache, index and filter blocks and write buffers together stay within it
 * @param directoryPrefix how the working directory's name starts (a random suffix follows), e.g. naming the job,
 *     operator and subtask
 * @param sharedMemory a budget shared with other backends (of the same task), used instead of
 *     {@code memoryBytes}; null for a budget of the backend's own. The caller closes it after the backends.
 */
public record RocksDbBackendOptions(Path localDir, long memoryBytes, String directoryPrefix,
    RocksDbSharedMemory sharedMemory) {
  public static final long DEFAULT_MEMORY_BYTES = 64L << 20;
  public static final long MIN_MEMORY_BYTES = 4L << 20;

  public RocksDbBackendOptions {
    Objects.requireNonNull(localDir, "localDir");
    Objects.requireNonNull(directoryPrefix, "directoryPrefix");
    if (memoryBytes < MIN_MEMORY_BYTES) {
      throw new IllegalArgumentException("RocksDB memory must be at least " + (MIN_MEMORY_BYTES >> 20) + " MB, was "
          + memoryBytes + " bytes");
    }
  }

  /** A backend with a budget of its own and working directories named {@code rocksdb-<random>}. */
  public RocksDbBackendOptions(Path localDir, long memoryBytes) {
    this(localDir, memoryBytes, "rocksdb-", null);
  }

  /** {@code <java.io.tmpdir>/sluice-rocksdb} and {@value #DEFAULT_MEMORY_BYTES} bytes (64 MB). */
  public static RocksDbBackendOptions defaults() {
    return new RocksDbBackendOptions(defaultLocalDir(), DEFAULT_MEMORY_BYTES);
  }

  /** {@code <java.io.tmpdir>/sluice-rocksdb}. */
  public static Path defaultLocalDir() {
    return Path.of(System.getProperty("java.io.tmpdir"), "sluice-rocksdb");
  }

  public RocksDbBackendOptions withLocalDir(Path dir) {
    return new RocksDbBackendOptions(dir, memoryBytes, directoryPrefix, sharedMemory);
  }

  public RocksDbBackendOptions withMemoryBytes(long bytes) {
    return new RocksDbBackendOptions(localDir, bytes, directoryPrefix, sharedMemory);
  }

  public RocksDbBackendOptions withDirectoryPrefix(String prefix) {
    return new RocksDbBackendOptions(localDir, memoryBytes, prefix, sharedMemory);
  }

  public RocksDbBackendOptions withSharedMemory(RocksDbSharedMemory shared) {
    return new RocksDbBackendOptions(localDir, memoryBytes, directoryPrefix, shared);
  }
}
