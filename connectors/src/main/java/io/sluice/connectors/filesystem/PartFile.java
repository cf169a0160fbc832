package io.sluice.connectors.filesystem;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An in-progress part file open for appending, with how many bytes were written and when it was opened. */
final class PartFile {
  private final long part;
  private final long openedAtMillis;
  private final FileChannel channel;
  private final OutputStream out;
  private long size;

  private PartFile(long part, long openedAtMillis, FileChannel channel) {
    this.part = part;
    this.openedAtMillis = openedAtMillis;
    this.channel = channel;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
  }

  /** Creates (or empties: a failed attempt may have left it) the file and opens it. */
  static PartFile create(Path file, long part, long nowMillis) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    return new PartFile(part, nowMillis, channel);
  }

  long part() {
    return part;
  }

  long openedAtMillis() {
    return openedAtMillis;
  }

  OutputStream out() {
    return out;
  }

  long size() {
    return size;
  }

  void wrote(int bytes) {
    size += bytes;
  }

  /** Writes out what is buffered and forces it to disk, so a checkpoint may count on {@link #size} bytes. */
  void sync() throws IOException {
    out.flush();
    channel.force(false);
  }

  /** Syncs and closes; the file is complete. */
  void finish() throws IOException {
    sync();
    channel.close();
  }

  /** Closes without syncing, after a failure: a restore truncates the file to what its checkpoint covers. */
  void abandon() throws IOException {
    channel.close();
  }
}
