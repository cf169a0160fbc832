package io.sluice.engine.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.config.SluiceOptions.AggregatePhaseStrategy;
import io.sluice.executor.operators.aggregate.Accumulators;
import io.sluice.executor.operators.aggregate.MiniBatch;
import io.sluice.planner.plan.GroupAggregateNode;
import java.time.Duration;

/**
 * How a job's options run its group aggregations: per row (mini-batch off, the default), in bundles
 * ({@code table.exec.mini-batch.*}), and with bundles whether as one keyed step or as a local step before the
 * shuffle and a global one after it ({@code table.optimizer.agg-phase-strategy}), following Flink's rules: two
 * phases only with mini-batch on, when the strategy is not ONE_PHASE and every aggregate function merges.
 */
final class MiniBatchOptions {
  private MiniBatchOptions() {}

  /**
   * The bundles' triggers, or null with mini-batch off.
   *
   * @throws SluiceException when mini-batch is on without a positive allow-latency and size (Flink refuses too)
   */
  static MiniBatch of(Configuration configuration) {
    if (!configuration.get(SluiceOptions.MINI_BATCH_ENABLED)) {
      return null;
    }
    Duration latency = configuration.get(SluiceOptions.MINI_BATCH_ALLOW_LATENCY);
    long size = configuration.get(SluiceOptions.MINI_BATCH_SIZE);
    if (latency.isZero() || latency.isNegative()) {
      throw invalid(SluiceOptions.MINI_BATCH_ALLOW_LATENCY.key() + " must be more than 0 when "
          + SluiceOptions.MINI_BATCH_ENABLED.key() + " is true, e.g. SET '"
          + SluiceOptions.MINI_BATCH_ALLOW_LATENCY.key() + "' = '2 s'.");
    }
    if (size <= 0) {
      throw invalid(SluiceOptions.MINI_BATCH_SIZE.key() + " must be positive when "
          + SluiceOptions.MINI_BATCH_ENABLED.key() + " is true, e.g. SET '" + SluiceOptions.MINI_BATCH_SIZE.key()
          + "' = '5000'.");
    }
    return new MiniBatch(latency, size);
  }

  /** Whether the aggregation runs as a local and a global step; only asked with mini-batch on. */
  static boolean twoPhase(Configuration configuration, GroupAggregateNode aggregate) {
    return configuration.get(SluiceOptions.AGG_PHASE_STRATEGY) != AggregatePhaseStrategy.ONE_PHASE
        && new Accumulators(AggregatorFactory.create(aggregate)).canMerge();
  }

  private static SluiceException invalid(String message) {
    return new SluiceException(ErrorCode.INVALID_CONFIG_VALUE, message);
  }
}
