package io.sluice.state.internal;

import io.sluice.state.StateDescriptor;
import io.sluice.state.StateKind;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.TypeSerializer;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a snapshot records about a registered state so that a restore can tell whether the new job reads the
 * old bytes: name, kind, the snapshots of the namespace and value serializers, and the TTL in milliseconds (-1
 * for none).
 *
 * <p>Written as {@code UTF name, byte kindCode, namespace snapshot, varint count, serializer snapshots...,
 * long ttlMillis}; versioned by the snapshot format that contains it.
 */
public record RegisteredStateMeta(
    String name,
    StateKind kind,
    SerializerSnapshot namespaceSerializer,
    List<SerializerSnapshot> serializers,
    long ttlMillis) {
  public RegisteredStateMeta {
    serializers = List.copyOf(serializers);
  }

  public static RegisteredStateMeta of(StateDescriptor<?> descriptor, TypeSerializer<?> namespaceSerializer) {
    return new RegisteredStateMeta(
        descriptor.name(),
        descriptor.kind(),
        namespaceSerializer.snapshot(),
        descriptor.serializers().stream().map(TypeSerializer::snapshot).toList(),
        descriptor.ttl() == null ? -1 : descriptor.ttl().ttlMillis());
  }

  public boolean hasTtl() {
    return ttlMillis >= 0;
  }

  /**
   * Whether a state declared as {@code other} reads the bytes stored for this one: everything must match but
   * the TTL duration, which may change as long as TTL stays on (or off).
   */
  public boolean canBeReadAs(RegisteredStateMeta other) {
    return name.equals(other.name)
        && kind == other.kind
        && namespaceSerializer.equals(other.namespaceSerializer)
        && serializers.equals(other.serializers)
        && hasTtl() == other.hasTtl();
  }

  public void write(DataOutput out) throws IOException {
    out.writeUTF(name);
    out.writeByte(kind.code());
    namespaceSerializer.write(out);
    VarInts.write(out, serializers.size());
    for (SerializerSnapshot s : serializers) {
      s.write(out);
    }
    out.writeLong(ttlMillis);
  }

  public static RegisteredStateMeta read(DataInput in) throws IOException {
    String name = in.readUTF();
    StateKind kind = StateKind.ofCode(in.readByte());
    SerializerSnapshot namespace = SerializerSnapshot.read(in);
    int count = VarInts.read(in);
    List<SerializerSnapshot> serializers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      serializers.add(SerializerSnapshot.read(in));
    }
    return new RegisteredStateMeta(name, kind, namespace, serializers, in.readLong());
  }

  @Override
  public String toString() {
    return kind + " state '" + name + "' " + serializers + " in namespace " + namespaceSerializer
        + (hasTtl() ? " with TTL " + ttlMillis + " ms" : "");
  }
}
