package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.util.List;

/**
 * How an operator declares a keyed state: a name unique within the operator, the kind, the serializers of what
 * is stored and an optional TTL. The backend turns a descriptor into a handle of type {@code S}; the operator
 * never sees how the state is stored.
 */
public sealed interface StateDescriptor<S extends State>
    permits ValueStateDescriptor, ListStateDescriptor, MapStateDescriptor, ReducingStateDescriptor,
        AggregatingStateDescriptor {
  String name();

  StateKind kind();

  /** The time to live of entries, or null when they never expire. */
  StateTtlConfig ttl();

  /** The same declaration with another time to live (null: entries never expire). */
  StateDescriptor<S> withTtl(StateTtlConfig newTtl);

  /**
   * The serializers of what is stored, in a fixed order per kind: the value (value, reducing), the element
   * (list), the map key and value (map), the accumulator (aggregating).
   */
  List<TypeSerializer<?>> serializers();
}
