package io.sluice.state;

import java.util.Set;

/**
 * The state of one parallel instance of an operator or source reader that is not tied to keys: a source's
 * splits and positions, a sink's pending transactions, a rule set every instance shares. The operator declares
 * each state by descriptor and keeps the handle; the runtime snapshots every declared state into the instance's
 * piece of each checkpoint and, when a job starts from a checkpoint, gives each new instance its share, even at
 * another parallelism. How a state is shared out is fixed by how it was declared (Flink's
 * {@code OperatorStateStore}):
 *
 * <ul>
 *   <li>{@link #getListState list state} is a list of independent entries (splits). On restore at the same
 *       parallelism every instance gets its own entries back; at another parallelism the entries of all old
 *       instances are split evenly, each entry to exactly one new instance.
 *   <li>{@link #getUnionListState union list state} gives every new instance the entries of all old instances,
 *       for example to abort every transaction any old instance may have left open.
 *   <li>{@link #getBroadcastState broadcast state} is a map of which every instance holds the same copy; each
 *       new instance gets one old instance's copy.
 * </ul>
 *
 * <p>Entries are stored in the canonical operator-state snapshot format, with the state's name, kind and
 * serializer snapshots, independent of the keyed state backend, so a savepoint restores on any backend and at
 * any parallelism. Operator state is held in memory and written whole into every checkpoint: keep it small. State
 * TTL is for keyed state only. Handles are used by the instance's thread only, like the store.
 */
public interface OperatorStateStore {
  /**
   * The list state the descriptor declares, split by entries across the instances on restore. Asking twice for
   * the same name returns the same handle. The handle has no namespaces: {@link State#setCurrentNamespace} only
   * takes {@link VoidNamespace#INSTANCE}.
   *
   * @throws IllegalArgumentException when a state of that name was declared or restored with another kind or
   *     serializer, or the descriptor has a TTL
   */
  <T> ListState<T> getListState(ListStateDescriptor<T> descriptor);

  /** Like {@link #getListState}, but every instance gets the entries of all old instances on restore. */
  <T> ListState<T> getUnionListState(ListStateDescriptor<T> descriptor);

  /**
   * The broadcast state the descriptor declares: a map every instance keeps the same (the operator must change
   * it the same way on every instance, e.g. from a broadcast input); each new instance restores one copy.
   */
  <K, V> BroadcastState<K, V> getBroadcastState(MapStateDescriptor<K, V> descriptor);

  /**
   * Whether the job started from a checkpoint that holds operator state of this operator. A restored instance
   * may still have nothing in a list state (after a scale-up some instances get no entries), which is how it
   * tells "restored with nothing left to do" from "fresh start".
   */
  boolean isRestored();

  /** The names of the declared states and of the restored ones not declared yet. */
  Set<String> stateNames();
}
