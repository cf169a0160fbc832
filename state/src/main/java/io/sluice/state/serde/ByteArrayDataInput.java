package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * A {@link DataInput} over a byte array that reads what {@link ByteArrayDataOutput} (or {@link
 * java.io.DataOutputStream}) writes, without the stream layers of {@link DataInputStream}. Not thread-safe.
 */
public final class ByteArrayDataInput implements DataInput {
  private final byte[] bytes;
  private final int limit;
  private int pos;

  public ByteArrayDataInput(byte[] bytes, int offset) {
    this.bytes = bytes;
    this.limit = bytes.length;
    this.pos = offset;
  }

  public int position() {
    return pos;
  }

  public int available() {
    return limit - pos;
  }

  private void need(int n) throws EOFException {
    if (limit - pos < n) {
      throw new EOFException("Needed " + n + " bytes, " + (limit - pos) + " left");
    }
  }

  @Override
  public void readFully(byte[] b) throws IOException {
    readFully(b, 0, b.length);
  }

  @Override
  public void readFully(byte[] b, int off, int len) throws IOException {
    need(len);
    System.arraycopy(bytes, pos, b, off, len);
    pos += len;
  }

  @Override
  public int skipBytes(int n) {
    int skipped = Math.max(0, Math.min(n, limit - pos));
    pos += skipped;
    return skipped;
  }

  @Override
  public boolean readBoolean() throws IOException {
    return readByte() != 0;
  }

  @Override
  public byte readByte() throws IOException {
    need(1);
    return bytes[pos++];
  }

  @Override
  public int readUnsignedByte() throws IOException {
    return readByte() & 0xFF;
  }

  @Override
  public short readShort() throws IOException {
    need(2);
    short v = (short) (((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF));
    pos += 2;
    return v;
  }

  @Override
  public int readUnsignedShort() throws IOException {
    return readShort() & 0xFFFF;
  }

  @Override
  public char readChar() throws IOException {
    return (char) readShort();
  }

  @Override
  public int readInt() throws IOException {
    need(4);
    int v = ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16) | ((bytes[pos + 2] & 0xFF) << 8)
        | (bytes[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  @Override
  public long readLong() throws IOException {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (bytes[pos++] & 0xFF);
    }
    return v;
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  /** Not used by serializers (they write lengths); refused rather than guessed. */
  @Override
  public String readLine() {
    throw new UnsupportedOperationException("readLine");
  }

  @Override
  public String readUTF() throws IOException {
    return DataInputStream.readUTF(this);
  }
}
