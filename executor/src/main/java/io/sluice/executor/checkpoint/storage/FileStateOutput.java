package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.StateHandle;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A piece of state written to a new file, forced to disk when finished and deleted when abandoned. */
final class FileStateOutput extends StateOutput {
  private final Path file;
  private final FileChannel channel;
  private final OutputStream out;
  private long size;
  private boolean closed;

  /** @throws IOException when the file exists or its directory does not (e.g. the checkpoint was discarded) */
  FileStateOutput(Path file) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    size++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    size += len;
  }

  @Override
  public StateHandle closeAndGetHandle() throws IOException {
    if (closed) {
      throw new IOException("State " + file + " was already closed");
    }
    try {
      out.flush();
      channel.force(true);
      out.close();
    } catch (IOException e) {
      close();
      throw e;
    }
    closed = true;
    return new StateHandle(file.getFileName().toString(), size);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
