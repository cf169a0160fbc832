package io.sluice.state;

import io.sluice.state.serde.SingletonSerializer;
import java.io.DataInput;
import java.io.DataOutput;

/**
 * The namespace serializer of states that have none. The {@code VOID} format, version 1: no bytes at all, so a
 * state without namespaces pays nothing for them in its keys.
 */
public final class VoidNamespaceSerializer extends SingletonSerializer<VoidNamespace> {
  public static final VoidNamespaceSerializer INSTANCE = new VoidNamespaceSerializer();

  private VoidNamespaceSerializer() {
    super("VOID", 1);
  }

  @Override
  public void serialize(VoidNamespace value, DataOutput out) {
    // Nothing to write: there is only one value.
  }

  @Override
  public VoidNamespace deserialize(DataInput in) {
    return VoidNamespace.INSTANCE;
  }
}
