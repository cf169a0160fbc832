package io.sluice.executor.runtime.state;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.MemorySize;
import io.sluice.common.config.StateBackendOptions;
import io.sluice.common.config.StateBackendType;
import io.sluice.state.rocksdb.RocksDbBackendOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which keyed state backend a job's operators get and how it may use the machine, read from the session's
 * {@code state.backend.*} options.
 *
 * @param type hashmap or rocksdb
 * @param localDir the RocksDB working directories' parent
 * @param slotMemoryBytes the native memory the RocksDB instances of one task share; 0 when each instance has
 *     a budget of its own ({@code state.backend.rocksdb.memory.managed} false and no fixed size)
 * @param incremental {@code execution.checkpointing.incremental}: RocksDB checkpoints upload only new SST files
 */
public record StateBackendSettings(StateBackendType type, Path localDir, long slotMemoryBytes, boolean incremental) {
  public StateBackendSettings {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(localDir, "localDir");
  }

  /** The heap backend, for tests and harnesses. */
  public static final StateBackendSettings HEAP = new StateBackendSettings(StateBackendType.HASHMAP,
      RocksDbBackendOptions.defaultLocalDir(), 0, false);

  public static StateBackendSettings fromConfig(Configuration conf) {
    String dir = conf.get(StateBackendOptions.ROCKSDB_LOCAL_DIR);
    MemorySize fixed = conf.get(StateBackendOptions.ROCKSDB_MEMORY_FIXED_PER_SLOT);
    long slotMemory = fixed != null ? fixed.bytes()
        : conf.get(StateBackendOptions.ROCKSDB_MEMORY_MANAGED) ? StateBackendOptions.DEFAULT_MANAGED_MEMORY_PER_SLOT
        : 0;
    if (slotMemory != 0 && slotMemory < RocksDbBackendOptions.MIN_MEMORY_BYTES) {
      throw new IllegalArgumentException("'" + StateBackendOptions.ROCKSDB_MEMORY_FIXED_PER_SLOT.key()
          + "' must be at least " + (RocksDbBackendOptions.MIN_MEMORY_BYTES >> 20) + " mb");
    }
    return new StateBackendSettings(conf.get(StateBackendOptions.TYPE),
        dir == null ? RocksDbBackendOptions.defaultLocalDir() : Path.of(dir), slotMemory,
        conf.get(CheckpointingOptions.INCREMENTAL));
  }
}
