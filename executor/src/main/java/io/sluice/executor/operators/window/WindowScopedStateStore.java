package io.sluice.executor.operators.window;

import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.state.State;
import io.sluice.state.StateDescriptor;
import io.sluice.state.serde.TypeSerializer;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyed state of a window operator as its aggregators see it: every state they declare is scoped to the
 * window the operator works on, so the aggregators, written for group aggregation, keep one entry per key and
 * window without knowing it. The operator calls {@link #setWindow} before it lets them touch a window's data.
 */
final class WindowScopedStateStore implements KeyedStateStore {
  private final KeyedStateStore store;
  private final List<State> handles = new ArrayList<>();

  WindowScopedStateStore(KeyedStateStore store) {
    this.store = store;
  }

  /** Scopes every state declared through this store to {@code window}. */
  void setWindow(TimeWindow window) {
    for (State handle : handles) {
      handle.setCurrentNamespace(window);
    }
  }

  @Override
  public <S extends State> S getState(StateDescriptor<S> descriptor) {
    S handle = store.getState(descriptor, TimeWindowSerializer.INSTANCE);
    handles.add(handle);
    return handle;
  }

  @Override
  public <N, S extends State> S getState(StateDescriptor<S> descriptor, TypeSerializer<N> namespaceSerializer) {
    throw new UnsupportedOperationException("Aggregators in a window operator get window-scoped state only");
  }

  @Override
  public <N> EventTimeTimers<N> eventTimeTimers(TypeSerializer<N> namespaceSerializer) {
    throw new UnsupportedOperationException("The window operator owns the timers");
  }

  @Override
  public Object currentKey() {
    return store.currentKey();
  }

  @Override
  public void setCurrentKey(Object key) {
    throw new UnsupportedOperationException("The window operator sets no keys");
  }
}
