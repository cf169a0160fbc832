package io.sluice.common.config;

import static io.sluice.common.config.ConfigOptions.choiceOption;
import static io.sluice.common.config.ConfigOptions.stringOption;

import java.util.List;

/**
 * The {@code SET} keys that choose and place the keyed state backend: Flink 1.20's names. Part of
 * {@link SluiceOptions#ALL}. † marks keys not yet honoured by the runtime.
 */
public final class StateBackendOptions {
  private StateBackendOptions() {}

  public static final ConfigOption<StateBackendType> TYPE = choiceOption("state.backend.type",
      StateBackendType.class, StateBackendType.HASHMAP, StateBackendType::spellings,
      "Where keyed state lives: hashmap (the Java heap) or rocksdb (embedded RocksDB on local disk). A job moves"
          + " from one to the other through a savepoint. †")
      .withAlias("state.backend");

  public static final ConfigOption<String> ROCKSDB_LOCAL_DIR = stringOption("state.backend.rocksdb.localdir", null,
      "Working directory of the rocksdb backend (one subdirectory per task, deleted when the task ends); unset:"
          + " <java.io.tmpdir>/sluice-rocksdb. †");

  /** In the order the docs list them. */
  static final List<ConfigOption<?>> ALL = List.of(TYPE, ROCKSDB_LOCAL_DIR);
}
