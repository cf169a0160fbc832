package io.sluice.state.operator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which operator state a new instance takes over from the instances of a checkpoint (pure logic, after
 * Flink's {@code RoundRobinOperatorStateRepartitioner}). Per state name:
 *
 * <ul>
 *   <li>list state ({@link OperatorStateMode#SPLIT_DISTRIBUTE}): at the same parallelism, instance {@code i}
 *       gets back the entries of old instance {@code i}, so a source keeps its splits. At another parallelism the
 *       entries of all old instances, in old-instance order, are cut into {@code parallelism} contiguous runs
 *       whose sizes differ by at most one, the longer runs first; new instance {@code i} gets run {@code i}. Every
 *       entry goes to exactly one new instance, and entries that were together stay together where they can.
 *   <li>union list state: every new instance gets all entries of all old instances, in old-instance order.
 *   <li>broadcast state: new instance {@code i} gets the map of old instance {@code i mod oldParallelism} (all
 *       copies are meant to be equal; taking different ones spreads the reading).
 * </ul>
 *
 * The old instances must agree on each state's mode and serializers; a state some old instances lack counts as
 * empty there.
 */
final class OperatorStateRepartitioner {
  private OperatorStateRepartitioner() {}

  /**
   * What new instance {@code subtask} of {@code parallelism} takes over.
   *
   * @param old the states of each old instance, in old-instance order (an empty list for an instance without
   *     operator state)
   * @throws IOException when the old instances disagree on a state's declaration
   */
  static List<StoredOperatorState> assign(List<List<StoredOperatorState>> old, int subtask, int parallelism)
      throws IOException {
    if (subtask < 0 || subtask >= parallelism) {
      throw new IllegalArgumentException("Subtask " + subtask + " of parallelism " + parallelism);
    }
    Map<String, List<StoredOperatorState>> byName = byName(old);
    List<StoredOperatorState> assigned = new ArrayList<>();
    for (List<StoredOperatorState> copies : byName.values()) {
      StoredOperatorState first = firstPresent(copies);
      assigned.add(switch (first.meta().mode()) {
        case SPLIT_DISTRIBUTE -> first.with(split(copies, subtask, parallelism), Map.of());
        case UNION -> first.with(concat(copies), Map.of());
        case BROADCAST -> first.with(List.of(), broadcastCopy(copies, subtask));
      });
    }
    return assigned;
  }

  /** Per state name, in order of first appearance, the state of each old instance (null where it has none). */
  private static Map<String, List<StoredOperatorState>> byName(List<List<StoredOperatorState>> old)
      throws IOException {
    Map<String, List<StoredOperatorState>> byName = new LinkedHashMap<>();
    for (int j = 0; j < old.size(); j++) {
      for (StoredOperatorState state : old.get(j)) {
        List<StoredOperatorState> copies = byName.computeIfAbsent(state.meta().name(), name -> {
          List<StoredOperatorState> list = new ArrayList<>();
          old.forEach(o -> list.add(null));
          return list;
        });
        StoredOperatorState other = firstPresent(copies);
        if (other != null && !other.meta().equals(state.meta())) {
          throw new IOException("The old instances disagree on state '" + state.meta().name() + "': " + other.meta()
              + " and, in instance " + j + ", " + state.meta());
        }
        copies.set(j, state);
      }
    }
    return byName;
  }

  private static StoredOperatorState firstPresent(List<StoredOperatorState> copies) {
    return copies.stream().filter(c -> c != null).findFirst().orElse(null);
  }

  private static List<byte[]> split(List<StoredOperatorState> copies, int subtask, int parallelism) {
    if (copies.size() == parallelism) {
      StoredOperatorState own = copies.get(subtask);
      return own == null ? List.of() : own.elements();
    }
    List<byte[]> all = concat(copies);
    int base = all.size() / parallelism;
    int longer = all.size() % parallelism;
    int start = subtask * base + Math.min(subtask, longer);
    int length = base + (subtask < longer ? 1 : 0);
    return all.subList(start, start + length);
  }

  private static List<byte[]> concat(List<StoredOperatorState> copies) {
    List<byte[]> all = new ArrayList<>();
    for (StoredOperatorState copy : copies) {
      if (copy != null) {
        all.addAll(copy.elements());
      }
    }
    return all;
  }

  private static Map<byte[], byte[]> broadcastCopy(List<StoredOperatorState> copies, int subtask) {
    StoredOperatorState copy = copies.get(subtask % copies.size());
    return (copy == null ? firstPresent(copies) : copy).entries();
  }
}
