package io.sluice.state.operator;

import io.sluice.state.BroadcastState;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.OperatorStateStore;
import io.sluice.state.VoidNamespace;
import io.sluice.state.serde.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The operator state of one parallel instance, on the heap whatever the keyed state backend: the runtime makes
 * one per operator instance, fresh or {@link #restore restored} from the pieces of the old instances, hands it to
 * the operator as its {@link OperatorStateStore}, and calls {@link #snapshot} when a checkpoint passes. Snapshots
 * are in the canonical {@link OperatorSnapshotFormat}; restores share the entries out by each state's mode
 * ({@link OperatorStateRepartitioner}).
 *
 * <p>States restored but not declared (yet) are kept and written into later snapshots as they are, so an
 * operator that declares a state lazily does not lose it. Declaration order, restored states first, is the order
 * of snapshots. Not thread-safe: used by the instance's thread only.
 */
public final class OperatorStateBackend implements OperatorStateStore {
  private final Map<String, StoredOperatorState> states = new LinkedHashMap<>();
  private final Map<String, Object> handles = new HashMap<>();
  private final boolean restored;

  /** An empty store, for an instance that starts fresh. */
  public OperatorStateBackend() {
    this.restored = false;
  }

  private OperatorStateBackend(List<StoredOperatorState> restoredStates) {
    this.restored = true;
    restoredStates.forEach(state -> states.put(state.meta().name(), state));
  }

  /**
   * The store of new instance {@code subtask} of {@code parallelism}, holding its share of the old instances'
   * snapshots; a fresh store when every old instance's piece is null.
   *
   * @param oldSnapshots what {@link #snapshot} wrote on each old instance, in old-instance order (null for none)
   * @throws IOException when a piece is not a readable snapshot (naming the instance and the state), or the old
   *     instances disagree on a state's declaration
   */
  public static OperatorStateBackend restore(List<byte[]> oldSnapshots, int subtask, int parallelism)
      throws IOException {
    if (oldSnapshots.stream().allMatch(Objects::isNull)) {
      return new OperatorStateBackend();
    }
    List<List<StoredOperatorState>> old = new ArrayList<>(oldSnapshots.size());
    for (int j = 0; j < oldSnapshots.size(); j++) {
      byte[] bytes = oldSnapshots.get(j);
      try {
        old.add(bytes == null ? List.of() : OperatorSnapshotFormat.read(bytes));
      } catch (IOException e) {
        throw new IOException("Cannot read the operator state of instance " + j + ": " + e.getMessage(), e);
      }
    }
    return new OperatorStateBackend(OperatorStateRepartitioner.assign(old, subtask, parallelism));
  }

  @Override
  public <T> ListState<T> getListState(ListStateDescriptor<T> descriptor) {
    return listState(descriptor, OperatorStateMode.SPLIT_DISTRIBUTE);
  }

  @Override
  public <T> ListState<T> getUnionListState(ListStateDescriptor<T> descriptor) {
    return listState(descriptor, OperatorStateMode.UNION);
  }

  private <T> ListState<T> listState(ListStateDescriptor<T> descriptor, OperatorStateMode mode) {
    checkNoTtl(descriptor.name(), descriptor.ttl());
    OperatorStateMeta meta = new OperatorStateMeta(descriptor.name(), mode,
        List.of(descriptor.elementSerializer().snapshot()));
    return handle(meta, stored -> new OperatorListState<>(stored, descriptor.elementSerializer()));
  }

  @Override
  public <K, V> BroadcastState<K, V> getBroadcastState(MapStateDescriptor<K, V> descriptor) {
    checkNoTtl(descriptor.name(), descriptor.ttl());
    TypeSerializer<K> keys = descriptor.keySerializer();
    TypeSerializer<V> values = descriptor.valueSerializer();
    OperatorStateMeta meta = new OperatorStateMeta(descriptor.name(), OperatorStateMode.BROADCAST,
        List.of(keys.snapshot(), values.snapshot()));
    return handle(meta, stored -> new OperatorBroadcastState<>(stored, keys, values));
  }

  @SuppressWarnings("unchecked")
  private <H> H handle(OperatorStateMeta meta, Function<StoredOperatorState, H> create) {
    StoredOperatorState stored = states.get(meta.name());
    if (stored != null && !stored.meta().equals(meta)) {
      String was = handles.containsKey(meta.name()) ? "already declared as " : "the restored state is ";
      throw new IllegalArgumentException("Cannot declare " + meta + ": " + was + stored.meta());
    }
    if (stored == null) {
      stored = new StoredOperatorState(meta);
      states.put(meta.name(), stored);
    }
    StoredOperatorState forHandle = stored;
    return (H) handles.computeIfAbsent(meta.name(), name -> create.apply(forHandle));
  }

  @Override
  public boolean isRestored() {
    return restored;
  }

  @Override
  public Set<String> stateNames() {
    return Set.copyOf(states.keySet());
  }

  /** Whether there is nothing to snapshot: no state declared or restored. */
  public boolean isEmpty() {
    return states.isEmpty();
  }

  /**
   * Every declared and restored state in the {@link OperatorSnapshotFormat}, as of now; later changes do not
   * affect the bytes returned.
   */
  public byte[] snapshot() {
    return OperatorSnapshotFormat.write(states.values());
  }

  private static void checkNoTtl(String name, Object ttl) {
    if (ttl != null) {
      throw new IllegalArgumentException("Operator state '" + name + "' cannot have a TTL: TTL is for keyed state");
    }
  }

  static void checkNoNamespace(OperatorStateMeta meta, Object namespace) {
    if (namespace != VoidNamespace.INSTANCE) {
      throw new IllegalArgumentException("Operator " + meta + " has no namespaces; got " + namespace);
    }
  }
}
