package io.sluice.connectors.filesystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a filesystem reader is, as kept in a checkpoint: the files it has read to the end, and the file it is
 * reading with the byte offset and line number of its next record. Restored, the reader skips the finished files
 * and continues the current one at the offset, so no record is read twice or skipped.
 *
 * <p>Bytes (version 1): {@code int version, int finished count, finished paths (modified UTF-8), boolean has
 * current, [current path, long offset, long line]}.
 *
 * @param finished paths of the files read to the end
 * @param current the path of the file being read, null between files
 * @param offset byte offset of the next record in {@code current}
 * @param line 1-based line number of the next record in {@code current}
 */
record FileReaderState(Set<String> finished, String current, long offset, long line) {
  private static final int VERSION = 1;

  FileReaderState {
    finished = Set.copyOf(finished);
  }

  static FileReaderState initial() {
    return new FileReaderState(Set.of(), null, 0, 1);
  }

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      out.writeInt(finished.size());
      for (String path : new TreeSet<>(finished)) {
        out.writeUTF(path);
      }
      out.writeBoolean(current != null);
      if (current != null) {
        out.writeUTF(current);
        out.writeLong(offset);
        out.writeLong(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static FileReaderState fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readInt();
      if (version != VERSION) {
        throw new IllegalStateException("Unknown filesystem reader state version " + version);
      }
      int count = in.readInt();
      Set<String> finished = new TreeSet<>();
      for (int i = 0; i < count; i++) {
        finished.add(in.readUTF());
      }
      if (!in.readBoolean()) {
        return new FileReaderState(finished, null, 0, 1);
      }
      return new FileReaderState(finished, in.readUTF(), in.readLong(), in.readLong());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
