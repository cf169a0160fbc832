package io.sluice.executor.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The states an instance of a {@link CheckpointedFunction} takes over when its job starts from a checkpoint.
 * Each old instance's state is assigned to exactly one new instance: old instance {@code j} to new instance
 * {@code j % parallelism}, so at the same parallelism every instance gets back its own state, after a scale-down
 * some get several and after a scale-up some get none. An instance whose pieces must all be seen by everyone
 * (for example to abort every transaction an old instance may have left open) reads {@link #all}, like Flink's
 * union list state.
 *
 * @param assigned the states of the old instances this one takes over, in old-instance order (may be empty)
 * @param all the state of every old instance, in order (null states left out)
 */
public record RestoredState(List<byte[]> assigned, List<byte[]> all) {
  public RestoredState {
    assigned = List.copyOf(assigned);
    all = List.copyOf(all);
  }

  /**
   * What new instance {@code subtask} of {@code parallelism} takes over from {@code oldStates}, the state of each
   * old instance in order (null for none).
   */
  public static RestoredState assign(List<byte[]> oldStates, int subtask, int parallelism) {
    List<byte[]> assigned = new ArrayList<>();
    List<byte[]> all = new ArrayList<>();
    for (int j = 0; j < oldStates.size(); j++) {
      byte[] state = oldStates.get(j);
      if (state != null) {
        all.add(state);
        if (j % parallelism == subtask) {
          assigned.add(state);
        }
      }
    }
    return new RestoredState(assigned, all);
  }
}
