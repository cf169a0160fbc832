package io.sluice.state.operator;

import io.sluice.state.serde.ByteArrayDataInput;
import io.sluice.state.serde.ByteArrayDataOutput;
import io.sluice.state.serde.VarInts;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The canonical operator-state snapshot format: the piece of a checkpoint one instance of an operator writes for
 * its {@link OperatorStateBackend}. It does not depend on the keyed state backend, and it keeps every element
 * (every map entry) separate and named by state, so a restore can share the entries out at any parallelism
 * ({@link OperatorStateRepartitioner}).
 *
 * <p>Format version 1, big-endian, varints as in {@link VarInts}:
 *
 * <pre>
 * int     magic 0x534C4F50 ("SLOP": Sluice operator state)
 * int     version (1)
 * varint  state count, then per state, in declaration order:
 *   ...     {@link OperatorStateMeta}: UTF name, byte mode (0 list, 1 union list, 2 broadcast), serializer snapshots
 *   varint  entry count, then per entry:
 *           list and union list state: varint length, the element's bytes (its serializer's format)
 *           broadcast state, in ascending unsigned order of keys: varint length, key bytes, varint length,
 *           value bytes
 * </pre>
 *
 * A reader checks the magic and version, and every length against the bytes left, so corrupt or truncated input
 * fails with an error naming the state rather than with an allocation of garbage size.
 */
public final class OperatorSnapshotFormat {
  public static final int MAGIC = 0x534C4F50;
  public static final int VERSION = 1;

  private OperatorSnapshotFormat() {}

  static byte[] write(Collection<StoredOperatorState> states) {
    ByteArrayDataOutput out = new ByteArrayDataOutput(256);
    try {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      VarInts.write(out, states.size());
      for (StoredOperatorState state : states) {
        state.meta().write(out);
        VarInts.write(out, state.size());
        if (state.isBroadcast()) {
          for (Map.Entry<byte[], byte[]> entry : state.entries().entrySet()) {
            writeBytes(out, entry.getKey());
            writeBytes(out, entry.getValue());
          }
        } else {
          for (byte[] element : state.elements()) {
            writeBytes(out, element);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot happen when writing to memory", e);
    }
    return out.toByteArray();
  }

  /**
   * The states of one snapshot, in the order written.
   *
   * @throws IOException when the bytes are not a supported operator-state snapshot or are corrupt or truncated,
   *     naming the state being read
   */
  static List<StoredOperatorState> read(byte[] bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes, 0);
    int magic;
    int version;
    try {
      magic = in.readInt();
      version = in.readInt();
    } catch (EOFException e) {
      throw new IOException("Not an operator-state snapshot: only " + bytes.length + " bytes", e);
    }
    if (magic != MAGIC) {
      throw new IOException("Not an operator-state snapshot (magic " + Integer.toHexString(magic) + ")");
    }
    if (version != VERSION) {
      throw new IOException("Unsupported operator-state snapshot version " + version + ", this build reads "
          + VERSION);
    }
    int count = VarInts.read(in);
    List<StoredOperatorState> states = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < count; i++) {
      OperatorStateMeta meta;
      try {
        meta = OperatorStateMeta.read(in);
      } catch (IOException e) {
        throw new IOException("Corrupt operator-state snapshot: cannot read the declaration of state " + (i + 1)
            + " of " + count + (previous == null ? "" : " (after state '" + previous + "')") + ": "
            + e.getMessage(), e);
      }
      try {
        states.add(readEntries(in, meta));
      } catch (IOException e) {
        throw new IOException("Corrupt operator-state snapshot: cannot read the entries of " + meta + ": "
            + e.getMessage(), e);
      }
      previous = meta.name();
    }
    if (in.available() != 0) {
      throw new IOException("Corrupt operator-state snapshot: " + in.available() + " bytes after the last state"
          + (previous == null ? "" : " '" + previous + "'"));
    }
    return states;
  }

  private static StoredOperatorState readEntries(ByteArrayDataInput in, OperatorStateMeta meta) throws IOException {
    StoredOperatorState state = new StoredOperatorState(meta);
    int entries = VarInts.read(in);
    for (int e = 0; e < entries; e++) {
      if (state.isBroadcast()) {
        state.entries().put(readBytes(in), readBytes(in));
      } else {
        state.elements().add(readBytes(in));
      }
    }
    return state;
  }

  private static void writeBytes(ByteArrayDataOutput out, byte[] bytes) throws IOException {
    VarInts.write(out, bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(ByteArrayDataInput in) throws IOException {
    int length = VarInts.read(in);
    if (length > in.available()) {
      throw new EOFException("an entry of " + length + " bytes, " + in.available() + " left (truncated?)");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
