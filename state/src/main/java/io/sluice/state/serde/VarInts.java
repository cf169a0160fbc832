package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Unsigned variable-length ints (LEB128): seven bits a byte, least significant group first, the high bit set on
 * every byte but the last. Used for lengths and counts, which are mostly small.
 */
public final class VarInts {
  private VarInts() {}

  /** Writes a non-negative int in 1 to 5 bytes. */
  public static void write(DataOutput out, int value) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("Negative length or count: " + value);
    }
    while ((value & ~0x7F) != 0) {
      out.writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  public static int read(DataInput in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("Malformed varint: more than 5 bytes");
  }
}
