package io.sluice.executor.operators.aggregate;

import java.time.Duration;

/**
 * When a mini-batch aggregation applies the rows it buffered (Flink's {@code table.exec.mini-batch.*}): once the
 * bundle holds {@code size} rows or its first row has waited {@code allowLatency}, whichever comes first; and
 * always before a watermark or checkpoint barrier leaves the operator and at the end of the input.
 *
 * @param allowLatency more than zero
 * @param size at least one row
 */
public record MiniBatch(Duration allowLatency, long size) {
  public MiniBatch {
    if (allowLatency.isZero() || allowLatency.isNegative()) {
      throw new IllegalArgumentException("allow-latency must be more than 0, not " + allowLatency);
    }
    if (size <= 0) {
      throw new IllegalArgumentException("size must be positive, not " + size);
    }
  }
}
