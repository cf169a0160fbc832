package io.sluice.connectors.filesystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a filesystem reader is, as kept in a checkpoint: the files it has read to the end, and the files it has
 * begun (normally just the current one), each with the byte offset and line number of its next record. Restored,
 * a reader skips the finished files and continues the begun ones at their offsets, so no record is read twice or
 * skipped.
 *
 * <p>Bytes: {@code byte version (1), int finished count, finished paths (modified UTF-8), int begun count,
 * begun × (path, long offset, long line)}.
 *
 * @param finished paths of the files read to the end
 * @param begun the files started and not finished, the one being read first
 */
record FileReaderState(Set<String> finished, List<Cursor> begun) {
  private static final byte VERSION = 1;

  /**
   * A place in a file.
   *
   * @param path the file
   * @param offset byte offset of the next record
   * @param line 1-based line number of the next record
   */
  record Cursor(String path, long offset, long line) {}

  FileReaderState {
    finished = Set.copyOf(finished);
    begun = List.copyOf(begun);
  }

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(finished.size());
      for (String path : new TreeSet<>(finished)) {
        out.writeUTF(path);
      }
      out.writeInt(begun.size());
      for (Cursor cursor : begun) {
        out.writeUTF(cursor.path());
        out.writeLong(cursor.offset());
        out.writeLong(cursor.line());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static FileReaderState fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Unknown filesystem reader state version " + version);
      }
      int finishedCount = in.readInt();
      Set<String> finished = new TreeSet<>();
      for (int i = 0; i < finishedCount; i++) {
        finished.add(in.readUTF());
      }
      int begunCount = in.readInt();
      List<Cursor> begun = new ArrayList<>();
      for (int i = 0; i < begunCount; i++) {
        begun.add(new Cursor(in.readUTF(), in.readLong(), in.readLong()));
      }
      return new FileReaderState(finished, begun);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
