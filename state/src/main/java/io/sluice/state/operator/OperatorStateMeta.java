package io.sluice.state.operator;

import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a snapshot records about one operator state so that a restore can tell whether the new declaration reads
 * the old bytes: its name, mode and the snapshots of its serializers (the element serializer of a list state;
 * the key and value serializers of a broadcast state).
 *
 * <p>Written as {@code UTF name, byte modeCode, varint count, serializer snapshots...}; versioned by the snapshot
 * format that contains it ({@link OperatorSnapshotFormat}).
 */
public record OperatorStateMeta(String name, OperatorStateMode mode, List<SerializerSnapshot> serializers) {
  public OperatorStateMeta {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mode, "mode");
    serializers = List.copyOf(serializers);
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(name);
    out.writeByte(mode.code());
    VarInts.write(out, serializers.size());
    for (SerializerSnapshot serializer : serializers) {
      serializer.write(out);
    }
  }

  /** Reads a declaration; an error after the name names the state. */
  static OperatorStateMeta read(DataInput in) throws IOException {
    String name = in.readUTF();
    try {
      OperatorStateMode mode = OperatorStateMode.ofCode(in.readUnsignedByte());
      int count = VarInts.read(in);
      List<SerializerSnapshot> serializers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        serializers.add(SerializerSnapshot.read(in));
      }
      return new OperatorStateMeta(name, mode, serializers);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("state '" + name + "': " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    String kind = switch (mode) {
      case SPLIT_DISTRIBUTE -> "list";
      case UNION -> "union list";
      case BROADCAST -> "broadcast";
    };
    return kind + " state '" + name + "' " + serializers;
  }
}
