package io.sluice.connectors.nexmark;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Nexmark reader keeps in a checkpoint: for each share it reads (its own, or after a restore at another
 * parallelism those of the old readers it took over), the share's subtask and parallelism and the position in it.
 * The share's end follows from the table's options.
 *
 * <p>Bytes: {@code byte version (1), int count, count × (int subtask, int parallelism, long position)}.
 */
final class NexmarkReaderState {
  private static final byte VERSION = 1;

  /** One share and how far it has been read. */
  record Cursor(int subtask, int parallelism, long position) {}

  private NexmarkReaderState() {}

  static byte[] encode(List<Cursor> cursors) {
    ByteBuffer buffer = ByteBuffer.allocate(1 + 4 + cursors.size() * 16);
    buffer.put(VERSION).putInt(cursors.size());
    for (Cursor cursor : cursors) {
      buffer.putInt(cursor.subtask()).putInt(cursor.parallelism()).putLong(cursor.position());
    }
    return buffer.array();
  }

  static List<Cursor> decode(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte version = buffer.get();
    if (version != VERSION) {
      throw new IllegalStateException("Unknown nexmark reader state version " + version);
    }
    int count = buffer.getInt();
    List<Cursor> cursors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cursors.add(new Cursor(buffer.getInt(), buffer.getInt(), buffer.getLong()));
    }
    return cursors;
  }
}
