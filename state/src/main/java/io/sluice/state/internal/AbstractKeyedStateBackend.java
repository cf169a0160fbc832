package io.sluice.state.internal;

import io.sluice.state.AggregatingStateDescriptor;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.ReducingStateDescriptor;
import io.sluice.state.State;
import io.sluice.state.StateDescriptor;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.VoidNamespaceSerializer;
import io.sluice.state.serde.Serialization;
import io.sluice.state.serde.TypeSerializer;
import java.io.DataInput;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a keyed backend does above bytes, so that a backend only supplies a {@link ByteStore} per state:
 * tracking the current key (serialized once per key change, with its key group), the registry of states with
 * their {@link RegisteredStateMeta}, and the typed handles, which with namespaces and TTL are the same for every
 * backend. Registration order is kept, so snapshots list states in a stable order.
 */
public abstract class AbstractKeyedStateBackend implements KeyedStateBackend {
  private final KeyedBackendParameters parameters;
  private final TypeSerializer<Object> keySerializer;
  private final Map<String, RegisteredState> states = new LinkedHashMap<>();
  private final Map<String, State> handles = new HashMap<>();
  private final KeyContext context = new Context();
  private final IncrementalTtlCleanup ttlCleanup;
  private Object currentKey;
  private byte[] currentKeyBytes;
  private int currentKeyGroup = -1;
  private boolean closed;

  /** A registered (or restored) state: its metadata and its bytes. */
  public record RegisteredState(RegisteredStateMeta meta, ByteStore store) {}

  @SuppressWarnings("unchecked")
  protected AbstractKeyedStateBackend(KeyedBackendParameters parameters) {
    this.parameters = parameters;
    this.keySerializer = (TypeSerializer<Object>) parameters.keySerializer();
    this.ttlCleanup = new IncrementalTtlCleanup(parameters.keyGroupRange());
  }

  /** A new, empty store for the state; called once per state name. */
  protected abstract ByteStore createStore(RegisteredStateMeta meta);

  /** Also removes a few expired entries of other keys: the runtime sets the key once per record. */
  @Override
  public void setCurrentKey(Object key) {
    checkOpen();
    if (key == null) {
      throw new IllegalArgumentException("State keys cannot be null");
    }
    ttlCleanup.run();
    if (key.equals(currentKey)) {
      return;
    }
    int keyGroup = KeyGroups.assignToKeyGroup(key, parameters.maxParallelism());
    if (!parameters.keyGroupRange().contains(keyGroup)) {
      throw new IllegalArgumentException("Key " + key + " is in key group " + keyGroup
          + ", outside this backend's key groups " + parameters.keyGroupRange());
    }
    currentKeyBytes = Serialization.toBytes(keySerializer, key);
    currentKey = key;
    currentKeyGroup = keyGroup;
  }

  @Override
  public Object getCurrentKey() {
    return currentKey;
  }

  @Override
  public int getCurrentKeyGroup() {
    return currentKeyGroup;
  }

  @Override
  public <S extends State> S getState(StateDescriptor<S> descriptor) {
    return getState(descriptor, VoidNamespaceSerializer.INSTANCE);
  }

  @Override
  public <N, S extends State> S getState(
      StateDescriptor<S> descriptor, TypeSerializer<N> namespaceSerializer) {
    checkOpen();
    RegisteredStateMeta meta = RegisteredStateMeta.of(descriptor, namespaceSerializer);
    RegisteredState registered = states.get(descriptor.name());
    State handle = handles.get(descriptor.name());
    if (handle != null) {
      if (!registered.meta().equals(meta)) {
        throw new IllegalArgumentException("Cannot declare " + meta + ": already declared as " + registered.meta());
      }
      @SuppressWarnings("unchecked")
      S existing = (S) handle;
      return existing;
    }
    if (registered == null) {
      registered = new RegisteredState(meta, createStore(meta));
    } else if (!registered.meta().canBeReadAs(meta)) {
      throw new IllegalArgumentException("Cannot declare " + meta + ": the restored state is " + registered.meta());
    } else {
      registered = new RegisteredState(meta, registered.store());
    }
    states.put(meta.name(), registered);
    S created = createHandle(descriptor, registered.store(), namespaceSerializer);
    handles.put(meta.name(), created);
    ttlCleanup.register(descriptor, registered.store(), context);
    return created;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <S extends State> S createHandle(StateDescriptor<S> d, ByteStore store, TypeSerializer<?> ns) {
    String name = d.name();
    State handle;
    if (d instanceof ValueStateDescriptor v) {
      handle = new BytesValueState<>(name, context, store, ns, v.serializer(), v.ttl());
    } else if (d instanceof ListStateDescriptor l) {
      handle = new BytesListState<>(name, context, store, ns, l.elementSerializer(), l.ttl());
    } else if (d instanceof MapStateDescriptor m) {
      handle = new BytesMapState<>(name, context, store, ns, m.keySerializer(), m.valueSerializer(), m.ttl());
    } else if (d instanceof ReducingStateDescriptor r) {
      handle = new BytesReducingState<>(name, context, store, ns, r.serializer(), r.reduceFunction(), r.ttl());
    } else if (d instanceof AggregatingStateDescriptor a) {
      handle = new BytesAggregatingState<>(
          name, context, store, ns, a.accumulatorSerializer(), a.aggregateFunction(), a.ttl());
    } else {
      throw new IllegalArgumentException("Unknown state descriptor " + d);
    }
    return (S) handle;
  }

  /**
   * The store to load a restored state's entries into, registering the state if it is new. A restore may come
   * before or after the operator declares the state, and several snapshots (of different key groups) may be
   * restored into one backend; every one must agree on the format.
   */
  protected ByteStore storeForRestore(RegisteredStateMeta restored) {
    checkOpen();
    RegisteredState registered = states.get(restored.name());
    if (registered == null) {
      registered = new RegisteredState(restored, createStore(restored));
      states.put(restored.name(), registered);
    } else if (!restored.canBeReadAs(registered.meta())) {
      throw new IllegalArgumentException("Cannot restore " + restored + " into " + registered.meta());
    }
    return registered.store();
  }

  @Override
  public void restore(DataInput in, KeyGroupRange keyGroups) throws IOException {
    checkOpen();
    if (!keyGroupRange().contains(keyGroups)) {
      throw new IllegalArgumentException("Cannot restore key groups " + keyGroups + " into " + keyGroupRange());
    }
    KeyedSnapshotReader.read(
        in, keyGroups, maxParallelism(), parameters.keySerializer().snapshot(), this::storeForRestore);
  }

  /** The time a snapshot is taken at, by the TTL clock: entries expired then are left out of it. */
  protected long snapshotTime() {
    return parameters.clock().currentTimeMillis();
  }

  /** The header of a snapshot of the registered states, in registration order. */
  protected KeyedSnapshotFormat.Header snapshotHeader() {
    return new KeyedSnapshotFormat.Header(maxParallelism(), parameters.keySerializer().snapshot(), keyGroupRange(),
        registeredStates().stream().map(RegisteredState::meta).toList());
  }

  /** The registered and restored states in registration order, for snapshots. */
  protected List<RegisteredState> registeredStates() {
    return List.copyOf(states.values());
  }

  protected KeyedBackendParameters parameters() {
    return parameters;
  }

  @Override
  public long numEntries() {
    return states.values().stream().mapToLong(s -> s.store().size()).sum();
  }

  @Override
  public long numEntries(String stateName) {
    RegisteredState registered = states.get(stateName);
    return registered == null ? 0 : registered.store().size();
  }

  @Override
  public KeyGroupRange keyGroupRange() {
    return parameters.keyGroupRange();
  }

  @Override
  public int maxParallelism() {
    return parameters.maxParallelism();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    ttlCleanup.clear();
    states.values().forEach(s -> s.store().close());
    states.clear();
    handles.clear();
    currentKey = null;
    currentKeyBytes = null;
  }

  protected final void checkOpen() {
    if (closed) {
      throw new IllegalStateException("The state backend is closed");
    }
  }

  private final class Context implements KeyContext {
    @Override
    public int currentKeyGroup() {
      currentKeyBytes();
      return currentKeyGroup;
    }

    @Override
    public byte[] currentKeyBytes() {
      if (currentKeyBytes == null) {
        throw new IllegalStateException(closed ? "The state backend is closed" : "No current key set");
      }
      return currentKeyBytes;
    }

    @Override
    public long currentTimeMillis() {
      return parameters.clock().currentTimeMillis();
    }
  }
}
