package io.sluice.common.config;

import java.util.List;

/** The values of {@code state.backend.type}. */
public enum StateBackendType {
  /** State on the Java heap. */
  HASHMAP,
  /** State in an embedded RocksDB per task, on local disk. */
  ROCKSDB;

  /** Accepted spellings: the lower-case name. */
  public List<String> spellings() {
    return List.of(toString());
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
