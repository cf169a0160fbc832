package io.sluice.common.config;

import static io.sluice.common.config.ConfigOptions.booleanOption;
import static io.sluice.common.config.ConfigOptions.choiceOption;
import static io.sluice.common.config.ConfigOptions.memorySizeOption;
import static io.sluice.common.config.ConfigOptions.stringOption;

import java.util.List;

/**
 * The {@code SET} keys that choose and place the keyed state backend: Flink 1.20's names. Part of
 * {@link SluiceOptions#ALL}.
 */
public final class StateBackendOptions {
  private StateBackendOptions() {}

  /** The memory of a task's RocksDB instances when it is managed and no fixed size is set. */
  public static final long DEFAULT_MANAGED_MEMORY_PER_SLOT = 64L << 20;

  public static final ConfigOption<StateBackendType> TYPE = choiceOption("state.backend.type",
      StateBackendType.class, StateBackendType.HASHMAP, StateBackendType::spellings,
      "Where keyed state lives: hashmap (the Java heap) or rocksdb (embedded RocksDB on local disk). A job moves"
          + " from one to the other through a savepoint or checkpoint, also at another parallelism.")
      .withAlias("state.backend");

  public static final ConfigOption<String> ROCKSDB_LOCAL_DIR = stringOption("state.backend.rocksdb.localdir", null,
      "Working directory of the rocksdb backend: one subdirectory per job, operator and subtask, deleted when the"
          + " task ends; unset: <java.io.tmpdir>/sluice-rocksdb.");

  public static final ConfigOption<Boolean> ROCKSDB_MEMORY_MANAGED = booleanOption(
      "state.backend.rocksdb.memory.managed", true,
      "The RocksDB instances of one task (slot) share one block cache and write-buffer budget (64 mb unless"
          + " state.backend.rocksdb.memory.fixed-per-slot says otherwise); false: each instance has 64 mb of its"
          + " own.");

  public static final ConfigOption<MemorySize> ROCKSDB_MEMORY_FIXED_PER_SLOT = memorySizeOption(
      "state.backend.rocksdb.memory.fixed-per-slot", null,
      "A fixed native memory budget shared by the RocksDB instances of one task (slot): block cache, index and"
          + " filter blocks and memtables together; overrides state.backend.rocksdb.memory.managed.");

  /** In the order the docs list them. */
  static final List<ConfigOption<?>> ALL = List.of(TYPE, ROCKSDB_LOCAL_DIR, ROCKSDB_MEMORY_MANAGED,
      ROCKSDB_MEMORY_FIXED_PER_SLOT);
}
