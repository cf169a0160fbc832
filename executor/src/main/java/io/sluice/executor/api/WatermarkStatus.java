package io.sluice.executor.api;

/**
 * Whether an input holds back event time. An IDLE input (a source subtask that has had no rows for a while) is left
 * out of the minimum over inputs that makes a task's watermark, so it does not stall windows downstream; it becomes
 * ACTIVE again before its next row.
 */
public enum WatermarkStatus {
  ACTIVE,
  IDLE
}
