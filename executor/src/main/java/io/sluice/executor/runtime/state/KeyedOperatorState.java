package io.sluice.executor.runtime.state;

import io.sluice.common.Row;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.KeySelector;
import io.sluice.executor.graph.StateKey;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.State;
import io.sluice.state.StateDescriptor;
import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.serde.TypeSerializer;
import java.util.Objects;

/**
 * The keyed state of one instance of a keyed operator: the backend holding the key groups that instance owns,
 * the {@link KeyedStateStore} view through which the operator declares its state, and the step that makes the key
 * of each row the backend's current key. The runtime creates one per keyed node and subtask, on the task's thread,
 * before the operator opens, calls {@link #setCurrentKeyOf} before every row, and closes it after the operator.
 *
 * <p>This is the one place that decides which backend keyed operators get (the heap backend, for now).
 */
public final class KeyedOperatorState implements AutoCloseable {
  private final KeySelector selector;
  private final KeyedStateBackend backend;
  private final KeyedStateStore store;

  /** Keyed state around an existing backend, e.g. one a test restored from a snapshot. */
  public KeyedOperatorState(KeySelector selector, KeyedStateBackend backend) {
    this.selector = Objects.requireNonNull(selector, "selector");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.store = new BackendStore(backend);
  }

  /** Empty keyed state for subtask {@code subtask} of {@code parallelism}: the key groups it owns. */
  public static KeyedOperatorState create(StateKey key, int subtask, int parallelism, int maxParallelism) {
    KeyedBackendParameters parameters = KeyedBackendParameters.of(key.serializer(),
        KeyGroups.rangeForSubtask(maxParallelism, parallelism, subtask), maxParallelism);
    return new KeyedOperatorState(key.selector(), new HeapKeyedStateBackend(parameters));
  }

  /**
   * Makes the row's key the current key.
   *
   * @throws IllegalArgumentException if the key belongs to another subtask (the row was routed wrongly)
   */
  public void setCurrentKeyOf(Row row) {
    backend.setCurrentKey(selector.key(row));
  }

  /** What the operator sees. */
  public KeyedStateStore store() {
    return store;
  }

  /** The backend itself, for snapshots. */
  public KeyedStateBackend backend() {
    return backend;
  }

  @Override
  public void close() {
    backend.close();
  }

  /** The operator's view: declaring state and reading the key, but not setting it or closing the backend. */
  private record BackendStore(KeyedStateBackend backend) implements KeyedStateStore {
    @Override
    public <S extends State> S getState(StateDescriptor<S> descriptor) {
      return backend.getState(descriptor);
    }

    @Override
    public <N, S extends State> S getState(StateDescriptor<S> descriptor, TypeSerializer<N> namespaceSerializer) {
      return backend.getState(descriptor, namespaceSerializer);
    }

    @Override
    public Object currentKey() {
      return backend.getCurrentKey();
    }
  }
}
