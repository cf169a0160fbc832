package io.sluice.executor.api;

import io.sluice.state.State;
import io.sluice.state.StateDescriptor;
import io.sluice.state.serde.TypeSerializer;

/**
 * The keyed state a keyed operator may declare, as the operator sees it: it asks for a handle by descriptor in
 * {@link Operator#open} and keeps it. The runtime owns the storage and makes the key of each row the current key
 * before it calls {@link Operator#processRow}, so a handle always reads and writes the entry of the row's key. The
 * operator never builds a backend or closes one, and sets the key only to work on rows it buffered earlier
 * ({@link #setCurrentKey}).
 */
public interface KeyedStateStore {
  /**
   * The handle on the state the descriptor declares (without namespaces). Asking twice for the same name returns
   * the same handle.
   *
   * @throws IllegalArgumentException when a state of that name exists with another kind, serializers or TTL
   */
  <S extends State> S getState(StateDescriptor<S> descriptor);

  /** The handle on a state whose entries are further scoped by namespaces (e.g. one per window). */
  <N, S extends State> S getState(StateDescriptor<S> descriptor, TypeSerializer<N> namespaceSerializer);

  /**
   * The operator's event-time timers, whose namespaces are stored in {@code namespaceSerializer}'s format (part of
   * the snapshot). Asking again returns the same service.
   *
   * @throws IllegalArgumentException if asked before with another namespace serializer
   */
  <N> EventTimeTimers<N> eventTimeTimers(TypeSerializer<N> namespaceSerializer);

  /**
   * The key of the row being processed (in {@link Operator#processRow}) or of the timer firing (in
   * {@link Operator#onEventTime}); null before the first row.
   */
  Object currentKey();

  /**
   * Makes {@code key}, one {@link #currentKey()} returned earlier, the current key: for an operator that buffers
   * rows outside keyed state and applies them later (mini-batch aggregation), from a timer, a watermark, the end
   * of input or before a checkpoint barrier. The runtime sets the key again before the next row.
   */
  void setCurrentKey(Object key);
}
