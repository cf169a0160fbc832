package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.io.DataInput;
import java.io.IOException;

/**
 * The keyed state of one operator subtask: the entries of the keys in its {@link #keyGroupRange()}, organised
 * by key group so they can be snapshotted, split and merged per key group.
 *
 * <p>Use: the operator declares its states once in {@code open} with {@link #getState} and keeps the handles;
 * the runtime calls {@link #setCurrentKey} before each record, after which the handles read and write that key's
 * entries. A backend is used by one thread; it is not thread-safe. Only the {@link KeyedStateSnapshot}s it hands
 * out may be written on another thread.
 */
public interface KeyedStateBackend extends AutoCloseable {
  /**
   * Makes {@code key} the key that state handles work on, and computes its key group. Called once per record, it
   * also removes a few expired entries of states with TTL (incremental cleanup), whatever their key.
   *
   * @throws IllegalArgumentException when the key is null or its key group is outside {@link #keyGroupRange()}:
   *     the record was routed to the wrong subtask.
   */
  void setCurrentKey(Object key);

  /** The current key, or null before the first {@link #setCurrentKey}. */
  Object getCurrentKey();

  /** The key group of the current key; -1 before the first {@link #setCurrentKey}. */
  int getCurrentKeyGroup();

  /**
   * The handle on the state the descriptor declares, without namespaces ({@link VoidNamespace}). Asking twice for
   * the same name returns the same handle.
   *
   * @throws IllegalArgumentException when a state of that name exists with another kind, serializers or TTL
   */
  <S extends State> S getState(StateDescriptor<S> descriptor);

  /**
   * The handle on the state the descriptor declares, whose entries are further scoped by namespaces of the given
   * serializer (set with {@link State#setCurrentNamespace}), e.g. one per window.
   *
   * @throws IllegalArgumentException when a state of that name exists with another kind, serializers, TTL or
   *     namespace serializer
   */
  <N, S extends State> S getState(StateDescriptor<S> descriptor, TypeSerializer<N> namespaceSerializer);

  /**
   * Takes a snapshot of every state: cheap and synchronous (the heap backend freezes its maps copy-on-write, the
   * RocksDB backend takes a RocksDB snapshot); the returned snapshot is written out later, while processing goes
   * on. Changes made after the call are not in it. The caller closes it.
   */
  KeyedStateSnapshot snapshot();

  /**
   * Loads the entries of a snapshot written by {@link KeyedStateSnapshot#writeTo} (by any backend) whose key
   * groups are in {@code keyGroups}, which must be within {@link #keyGroupRange()}; the other key groups are read
   * and skipped. Restoring several snapshots with disjoint key groups merges them (scale in), restoring one into
   * several backends with smaller ranges splits it (scale out). Meant for a fresh backend: existing entries with
   * the same keys are overwritten. States may be declared before or after; their declaration must match the
   * snapshot's kinds and serializers.
   *
   * @throws IOException when the input is not a keyed-state snapshot of a supported version, is truncated, or was
   *     taken with another maximum parallelism or key serializer
   */
  void restore(DataInput in, KeyGroupRange keyGroups) throws IOException;

  /** Restores the key groups of the snapshot that this backend owns. */
  default void restore(DataInput in) throws IOException {
    restore(in, keyGroupRange());
  }

  /**
   * The number of stored entries over all states and keys: one per key and namespace for value, list, reducing
   * and aggregating state, one per map key for map state. Expired entries count until removed (when read, by the
   * incremental cleanup of {@link #setCurrentKey}, or left out of a restored snapshot). Exact, and meant
   * for tests and diagnostics: the RocksDB backend counts by scanning, in time linear in the entries.
   */
  long numEntries();

  /** The number of stored entries of one state, 0 for an unknown name; counted as {@link #numEntries()}. */
  long numEntries(String stateName);

  KeyGroupRange keyGroupRange();

  int maxParallelism();

  /** Releases all state; the backend and its handles must not be used afterwards. Idempotent. */
  @Override
  void close();
}
