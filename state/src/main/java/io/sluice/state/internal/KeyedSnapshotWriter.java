package io.sluice.state.internal;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.serde.VarInts;
import java.io.DataOutput;
import java.io.IOException;

/** Writes a snapshot in the {@link KeyedSnapshotFormat} from the entries a backend supplies. */
public final class KeyedSnapshotWriter {
  private KeyedSnapshotWriter() {}

  /** Receives the entries of one state in one key group. */
  @FunctionalInterface
  public interface EntryConsumer {
    void accept(byte[] key, byte[] value) throws IOException;
  }

  /**
   * The frozen entries of a snapshot, by the index of the state in {@link KeyedSnapshotFormat.Header#states()}
   * and key group. For one state and key group, {@link #forEach} must give exactly {@link #count} entries, the
   * same each time it is called.
   */
  public interface EntrySource {
    /** The number of entries {@link #forEach} gives. */
    int count(int state, int keyGroup) throws IOException;

    /** Gives every entry in ascending unsigned order of keys. */
    void forEach(int state, int keyGroup, EntryConsumer consumer) throws IOException;
  }

  /** Writes the header, then every key group of the header's range from the source. */
  public static void write(DataOutput out, KeyedSnapshotFormat.Header header, EntrySource source)
      throws IOException {
    header.write(out);
    KeyGroupRange range = header.range();
    int states = header.states().size();
    for (int keyGroup = range.start(); keyGroup <= range.end(); keyGroup++) {
      out.writeInt(keyGroup);
      for (int state = 0; state < states; state++) {
        int count = source.count(state, keyGroup);
        VarInts.write(out, count);
        int[] written = {0};
        source.forEach(state, keyGroup, (key, value) -> {
          writeBytes(out, key);
          writeBytes(out, value);
          written[0]++;
        });
        if (written[0] != count) {
          // A count that does not match would make the file unreadable; fail here rather than at restore.
          throw new IllegalStateException("State " + header.states().get(state).name() + " changed while written: "
              + count + " entries counted in key group " + keyGroup + ", " + written[0] + " given");
        }
      }
    }
  }

  private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
    VarInts.write(out, bytes.length);
    out.write(bytes);
  }
}
