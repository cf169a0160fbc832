package io.sluice.common.config;

import java.util.List;

/** The values of {@code execution.checkpointing.storage}: where checkpoints are kept. */
public enum CheckpointStorageType {
  /** In the memory of the process, each state capped at 5 MB: lost with the process; for tests and tiny jobs. */
  JOBMANAGER,
  /** In files under {@code execution.checkpointing.dir}. */
  FILESYSTEM;

  /** Accepted spellings: the lower-case name. */
  public List<String> spellings() {
    return List.of(toString());
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
