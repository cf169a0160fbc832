package io.sluice.state.serde;

import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.Arrays;

/**
 * A {@link DataOutput} into a growable byte array, writing exactly the bytes {@link DataOutputStream} writes (big
 * endian, modified UTF-8) but without its per-call synchronization and stream layers: serializing state is on
 * the hot path of every keyed operator. Reusable with {@link #reset}; not thread-safe.
 */
public final class ByteArrayDataOutput implements DataOutput {
  private byte[] buffer;
  private int size;

  public ByteArrayDataOutput(int initialCapacity) {
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  /** Empties the buffer for reuse, keeping its capacity. */
  public void reset() {
    size = 0;
  }

  public int size() {
    return size;
  }

  /** A copy of the bytes written since the last reset. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /** Writes the bytes written since the last reset to {@code out}, without copying them first. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buffer, 0, size);
  }

  /** Writes the bytes written since the last reset to {@code out}, without copying them first. */
  public void writeTo(DataOutput out) throws IOException {
    out.write(buffer, 0, size);
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(size + more, 2 * buffer.length));
    }
  }

  @Override
  public void write(int b) {
    ensure(1);
    buffer[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b) {
    write(b, 0, b.length);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buffer, size, len);
    size += len;
  }

  @Override
  public void writeBoolean(boolean v) {
    write(v ? 1 : 0);
  }

  @Override
  public void writeByte(int v) {
    write(v);
  }

  @Override
  public void writeShort(int v) {
    ensure(2);
    buffer[size++] = (byte) (v >>> 8);
    buffer[size++] = (byte) v;
  }

  @Override
  public void writeChar(int v) {
    writeShort(v);
  }

  @Override
  public void writeInt(int v) {
    ensure(4);
    buffer[size++] = (byte) (v >>> 24);
    buffer[size++] = (byte) (v >>> 16);
    buffer[size++] = (byte) (v >>> 8);
    buffer[size++] = (byte) v;
  }

  @Override
  public void writeLong(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (v >>> shift);
    }
  }

  @Override
  public void writeFloat(float v) {
    writeInt(Float.floatToIntBits(v));
  }

  @Override
  public void writeDouble(double v) {
    writeLong(Double.doubleToLongBits(v));
  }

  @Override
  public void writeBytes(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buffer[size++] = (byte) s.charAt(i);
    }
  }

  @Override
  public void writeChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      writeChar(s.charAt(i));
    }
  }

  /** Modified UTF-8 with a two-byte length, as {@link DataOutputStream#writeUTF}. */
  @Override
  public void writeUTF(String s) throws UTFDataFormatException {
    int length = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      length += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
    }
    if (length > 0xFFFF) {
      throw new UTFDataFormatException("String of " + length + " encoded bytes is too long");
    }
    writeShort(length);
    ensure(length);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x0001 && c <= 0x007F) {
        buffer[size++] = (byte) c;
      } else if (c <= 0x07FF) {
        buffer[size++] = (byte) (0xC0 | (c >> 6));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      } else {
        buffer[size++] = (byte) (0xE0 | (c >> 12));
        buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }
}
