package io.sluice.state.serde;

import java.io.DataOutput;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A {@link DataOutput} onto an {@link OutputStream} that encodes into a {@link ByteArrayDataOutput} and hands the
 * stream only whole blocks: writing a snapshot is millions of small writes (a varint length, a key, a value), and
 * through {@link java.io.DataOutputStream} each byte of a varint went through two synchronized stream layers.
 * Writes exactly the bytes {@code DataOutputStream} writes. Call {@link #flush} at the end; not thread-safe.
 */
public final class BufferedDataOutput implements DataOutput, Flushable {
  private static final int BLOCK = 64 * 1024;

  private final OutputStream out;
  private final ByteArrayDataOutput buffer = new ByteArrayDataOutput(BLOCK + 1024);

  public BufferedDataOutput(OutputStream out) {
    this.out = out;
  }

  private void drainIfFull() throws IOException {
    if (buffer.size() >= BLOCK) {
      drain();
    }
  }

  private void drain() throws IOException {
    buffer.writeTo(out);
    buffer.reset();
  }

  /** Writes what is buffered to the stream and flushes it. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void write(int b) throws IOException {
    buffer.write(b);
    drainIfFull();
  }

  @Override
  public void write(byte[] b) throws IOException {
    write(b, 0, b.length);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len >= BLOCK) {
      drain();
      out.write(b, off, len);
    } else {
      buffer.write(b, off, len);
      drainIfFull();
    }
  }

  @Override
  public void writeBoolean(boolean v) throws IOException {
    buffer.writeBoolean(v);
    drainIfFull();
  }

  @Override
  public void writeByte(int v) throws IOException {
    buffer.writeByte(v);
    drainIfFull();
  }

  @Override
  public void writeShort(int v) throws IOException {
    buffer.writeShort(v);
    drainIfFull();
  }

  @Override
  public void writeChar(int v) throws IOException {
    buffer.writeChar(v);
    drainIfFull();
  }

  @Override
  public void writeInt(int v) throws IOException {
    buffer.writeInt(v);
    drainIfFull();
  }

  @Override
  public void writeLong(long v) throws IOException {
    buffer.writeLong(v);
    drainIfFull();
  }

  @Override
  public void writeFloat(float v) throws IOException {
    buffer.writeFloat(v);
    drainIfFull();
  }

  @Override
  public void writeDouble(double v) throws IOException {
    buffer.writeDouble(v);
    drainIfFull();
  }

  @Override
  public void writeBytes(String s) throws IOException {
    buffer.writeBytes(s);
    drainIfFull();
  }

  @Override
  public void writeChars(String s) throws IOException {
    buffer.writeChars(s);
    drainIfFull();
  }

  @Override
  public void writeUTF(String s) throws IOException {
    buffer.writeUTF(s);
    drainIfFull();
  }
}
