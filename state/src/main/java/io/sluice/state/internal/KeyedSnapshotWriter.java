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

  /** Writes the header, then every key group of the header's range from the source, with every entry. */
  public static void write(DataOutput out, KeyedSnapshotFormat.Header header, EntrySource source)
      throws IOException {
    write(out, header, source, Long.MIN_VALUE);
  }

  /**
   * Writes the header, then every key group of the header's range from the source, leaving out the entries of
   * states with TTL that had expired at {@code nowMillis} (the time the snapshot was taken, so that every
   * call writes the same bytes): a full snapshot is where expired entries nobody read are finally dropped. List
   * state is written whole, its elements each expiring on read.
   */
  public static void write(DataOutput out, KeyedSnapshotFormat.Header header, EntrySource source, long nowMillis)
      throws IOException {
    header.write(out);
    source = withoutExpired(header, source, nowMillis);
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

  private static EntrySource withoutExpired(KeyedSnapshotFormat.Header header, EntrySource all, long nowMillis) {
    if (nowMillis == Long.MIN_VALUE || header.states().stream().noneMatch(KeyedSnapshotWriter::dropsExpired)) {
      return all;
    }
    return new EntrySource() {
      @Override
      public int count(int state, int keyGroup) throws IOException {
        if (!dropsExpired(header.states().get(state))) {
          return all.count(state, keyGroup);
        }
        int[] count = {0};
        forEach(state, keyGroup, (key, value) -> count[0]++);
        return count[0];
      }

      @Override
      public void forEach(int state, int keyGroup, EntryConsumer consumer) throws IOException {
        RegisteredStateMeta meta = header.states().get(state);
        if (!dropsExpired(meta)) {
          all.forEach(state, keyGroup, consumer);
          return;
        }
        all.forEach(state, keyGroup, (key, value) -> {
          if (nowMillis - new InputBuffer(value).readLong() < meta.ttlMillis()) {
            consumer.accept(key, value);
          }
        });
      }
    };
  }

  /** Every stored value of the state starts with its write time ({@link TtlCodec}): lists hold several. */
  private static boolean dropsExpired(RegisteredStateMeta meta) {
    return meta.hasTtl() && meta.kind() != io.sluice.state.StateKind.LIST;
  }

  private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
    VarInts.write(out, bytes.length);
    out.write(bytes);
  }
}
