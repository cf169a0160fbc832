package io.sluice.tests.recovery;

import java.util.Collection;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named sets of row ids at which the {@code flaky} source throws, each once: whichever attempt of a job reads the
 * row first removes the id and fails, so a replay after the restore reads it without failing. Shared by every
 * reader of the test JVM; scenarios are named by the test that registers them.
 */
public final class FailurePoints {
  private static final Map<String, Set<Long>> SCENARIOS = new ConcurrentHashMap<>();

  private FailurePoints() {}

  /** Registers (or replaces) a scenario. */
  public static void register(String scenario, Collection<Long> rowIds) {
    Set<Long> ids = ConcurrentHashMap.newKeySet();
    ids.addAll(rowIds);
    SCENARIOS.put(scenario, ids);
  }

  /** {@code count} distinct ids in {@code [from, to)}, drawn with {@code seed}, in order. */
  public static Set<Long> random(long seed, int count, long from, long to) {
    Random random = new Random(seed);
    Set<Long> ids = new TreeSet<>();
    while (ids.size() < count) {
      ids.add(from + (long) (random.nextDouble() * (to - from)));
    }
    return ids;
  }

  /** True exactly once per registered id: the caller must fail now. */
  static boolean fire(String scenario, long rowId) {
    Set<Long> ids = SCENARIOS.get(scenario);
    return ids != null && ids.remove(rowId);
  }

  /** The ids of the scenario that have not fired yet. */
  public static int remaining(String scenario) {
    Set<Long> ids = SCENARIOS.get(scenario);
    return ids == null ? 0 : ids.size();
  }
}
