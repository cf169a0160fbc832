package io.sluice.executor.operators;

import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.OperatorContext;
import io.sluice.state.State;
import io.sluice.state.StateDescriptor;
import io.sluice.state.StateTtlConfig;
import io.sluice.state.serde.TypeSerializer;
import java.time.Duration;

/**
 * How long the keyed state of SQL's unbounded operators (group aggregation, Top-N, deduplication) lives: the
 * job's {@link SluiceOptions#STATE_TTL}, as Flink's {@code table.exec.state.ttl}. A keyed operator declares its
 * state through {@link #keyedState(OperatorContext)} instead of {@code context.keyedState()}, so every state it
 * (or a helper it hands the store to, such as an aggregator) declares gets that time to live.
 */
public final class StateRetention {
  private StateRetention() {}

  /** The configured time to live, or null when state is kept forever (the default, 0). */
  public static StateTtlConfig ttl(Configuration configuration) {
    Duration ttl = configuration.get(SluiceOptions.STATE_TTL);
    return ttl.isZero() ? null : StateTtlConfig.of(ttl);
  }

  /**
   * The operator's keyed state, declaring every state with the configured time to live; the store itself when
   * state is kept forever.
   */
  public static KeyedStateStore keyedState(OperatorContext context) {
    StateTtlConfig ttl = ttl(context.configuration());
    KeyedStateStore store = context.keyedState();
    return ttl == null ? store : new TtlStore(store, ttl);
  }

  /** Adds the time to live to each declaration; everything else goes to the operator's store. */
  private record TtlStore(KeyedStateStore store, StateTtlConfig ttl) implements KeyedStateStore {
    @Override
    public <S extends State> S getState(StateDescriptor<S> descriptor) {
      return store.getState(descriptor.withTtl(ttl));
    }

    @Override
    public <N, S extends State> S getState(StateDescriptor<S> descriptor, TypeSerializer<N> namespaceSerializer) {
      return store.getState(descriptor.withTtl(ttl), namespaceSerializer);
    }

    @Override
    public <N> EventTimeTimers<N> eventTimeTimers(TypeSerializer<N> namespaceSerializer) {
      return store.eventTimeTimers(namespaceSerializer);
    }

    @Override
    public Object currentKey() {
      return store.currentKey();
    }

    @Override
    public void setCurrentKey(Object key) {
      store.setCurrentKey(key);
    }
  }
}
