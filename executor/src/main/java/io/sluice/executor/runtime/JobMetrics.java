package io.sluice.executor.runtime;

import io.sluice.executor.api.OperatorMetrics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The counters of one job: every operator instance registers its {@link OperatorMetrics} when its task creates it,
 * and {@link #totals} adds them up by name. Safe for use from any thread.
 */
public final class JobMetrics {
  /** How many checkpoints' sizes are kept. */
  private static final int SIZES_KEPT = 16;

  private final List<OperatorMetrics> operators = new CopyOnWriteArrayList<>();
  /** Per checkpoint id, the keyed state its tasks wrote: full and incremental bytes. */
  private final ConcurrentSkipListMap<Long, long[]> checkpointSizes = new ConcurrentSkipListMap<>();

  /** New counters for one operator instance, counted in this job's totals. */
  public OperatorMetrics register() {
    OperatorMetrics metrics = new OperatorMetrics();
    operators.add(metrics);
    return metrics;
  }

  /** A task wrote its part of a checkpoint: adds its keyed state's full and incremental sizes. */
  public void checkpointWritten(long checkpointId, long fullBytes, long incrementalBytes) {
    checkpointSizes.compute(checkpointId, (id, sizes) -> sizes == null ? new long[] {fullBytes, incrementalBytes}
        : new long[] {sizes[0] + fullBytes, sizes[1] + incrementalBytes});
    while (checkpointSizes.size() > SIZES_KEPT) {
      checkpointSizes.pollFirstEntry();
    }
  }

  /** The keyed state size of a checkpoint every task has written, if still kept. */
  public Optional<CheckpointSizes> checkpointSizes(long checkpointId) {
    long[] sizes = checkpointSizes.get(checkpointId);
    return sizes == null ? Optional.empty() : Optional.of(new CheckpointSizes(checkpointId, sizes[0], sizes[1]));
  }

  /** Every counter name with its sum over all operator instances. */
  public Map<String, Long> totals() {
    Map<String, Long> totals = new TreeMap<>();
    for (OperatorMetrics metrics : operators) {
      metrics.values().forEach((name, value) -> totals.merge(name, value, Long::sum));
    }
    return totals;
  }
}
