package io.sluice.common.config;

/** The guarantee checkpoints give ({@code execution.checkpointing.mode}), as in Flink. */
public enum CheckpointingMode {
  /**
   * Every row affects the restored state exactly once: an operator with several inputs aligns the checkpoint's
   * barriers, holding back the inputs whose barrier has arrived until all have.
   */
  EXACTLY_ONCE,
  /**
   * No alignment: rows that arrive after an input's barrier but before the last one are in the snapshot and are
   * replayed after a restore, so they may count twice. Lower latency under backpressure.
   */
  AT_LEAST_ONCE
}
