package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a checkpoint records about a serializer: its format name, version and the snapshots of the serializers
 * it is composed of (a row's field serializers, the inner serializer of a nullable one). Two serializers can read
 * each other's bytes when their snapshots are equal.
 *
 * <p>Written as: {@code UTF name, int version, varint nestedCount, nested snapshots...}.
 */
public record SerializerSnapshot(String name, int version, List<SerializerSnapshot> nested) {
  public SerializerSnapshot {
    nested = List.copyOf(nested);
  }

  public static SerializerSnapshot of(String name, int version) {
    return new SerializerSnapshot(name, version, List.of());
  }

  public void write(DataOutput out) throws IOException {
    out.writeUTF(name);
    out.writeInt(version);
    VarInts.write(out, nested.size());
    for (SerializerSnapshot n : nested) {
      n.write(out);
    }
  }

  public static SerializerSnapshot read(DataInput in) throws IOException {
    String name = in.readUTF();
    int version = in.readInt();
    int count = VarInts.read(in);
    List<SerializerSnapshot> nested = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      nested.add(read(in));
    }
    return new SerializerSnapshot(name, version, nested);
  }

  /** Compact form for error messages: {@code ROW(v1)<BIGINT(v1), STRING(v1)>}. */
  @Override
  public String toString() {
    String s = name + "(v" + version + ")";
    if (nested.isEmpty()) {
      return s;
    }
    return s + nested.stream().map(SerializerSnapshot::toString).toList().toString()
        .replace('[', '<').replace(']', '>');
  }
}
