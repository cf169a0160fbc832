package io.sluice.executor.runtime;

import io.sluice.executor.api.OperatorMetrics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The counters of one job: every operator instance registers its {@link OperatorMetrics} when its task creates it,
 * and {@link #totals} adds them up by name. Safe for use from any thread.
 */
public final class JobMetrics {
  private final List<OperatorMetrics> operators = new CopyOnWriteArrayList<>();

  /** New counters for one operator instance, counted in this job's totals. */
  public OperatorMetrics register() {
    OperatorMetrics metrics = new OperatorMetrics();
    operators.add(metrics);
    return metrics;
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
