package io.sluice.connectors.datagen;

import java.nio.charset.StandardCharsets;

/**
 * A fast pseudo-random generator that is reseeded for every field of every row, so that a random value is a
 * pure function of (row index, field index): readers at any parallelism, and a reader restored from a
 * position, produce the same values without replaying what came before.
 *
 * <p>The algorithm is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014), the one behind {@link java.util.SplittableRandom}: the state advances by a fixed odd constant
 * and each output is the state put through a 64-bit mixing function. Reseeding is one mix of the row and field
 * indexes, and nothing is allocated, which matters at tens of millions of rows per second. Not thread-safe: one
 * instance per reader.
 */
public final class RowRandom {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final long ROW_MULTIPLIER = 0xd1b54a32d192ed03L;
  private static final long FIELD_MULTIPLIER = 0xabc98388fb8fac03L;
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

  private long state;
  private byte[] text = new byte[128];

  /** Starts the stream of random numbers for one field (or any other sub-stream) of one row. */
  public void reset(long rowIndex, long fieldIndex) {
    state = mix64(rowIndex * ROW_MULTIPLIER + fieldIndex * FIELD_MULTIPLIER);
  }

  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix64(state);
  }

  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  /**
   * Uniform in [0, bound) for a positive bound, by multiplying 32 random bits with the bound (Lemire): no
   * division and no retry, with a bias below {@code bound / 2^32}, which does not matter for generated data.
   */
  public int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [min, max]; any finite bounds with {@code min <= max}, even the whole range of double. */
  public double nextDouble(double min, double max) {
    double u = nextDouble();
    // Weighted sum instead of min + u * (max - min), which overflows for (-Double.MAX_VALUE, Double.MAX_VALUE).
    double value = min * (1 - u) + max * u;
    return Math.min(max, Math.max(min, value));
  }

  /** Uniform in [min, max], both inclusive, with {@code min <= max}; unbiased. */
  public long nextLong(long min, long max) {
    long span = max - min; // the number of values minus one, read as unsigned
    if (span == -1L) {
      return nextLong(); // the whole range of long
    }
    long count = span + 1;
    if (count > 0) {
      if ((count & span) == 0) {
        return min + (nextLong() & span); // a power of two: the low bits are uniform
      }
      // Split the 63-bit numbers into blocks of count values and draw again when u falls into the last,
      // incomplete block (its end overflows): then every remainder is equally likely.
      long u = nextLong() >>> 1;
      long remainder = u % count;
      while (u - remainder + span < 0) {
        u = nextLong() >>> 1;
        remainder = u % count;
      }
      return min + remainder;
    }
    // More than 2^63 values: a random long falls in the range more than half of the time.
    long r = nextLong();
    while (Long.compareUnsigned(r - min, span) > 0) {
      r = nextLong();
    }
    return r;
  }

  /** A string of this many random lower-case hexadecimal digits, as Flink's datagen makes. */
  public String nextHexString(int length) {
    if (text.length < length) {
      text = new byte[Math.max(length, 2 * text.length)];
    }
    for (int i = 0; i < length; i += 16) {
      long bits = nextLong();
      for (int j = i; j < Math.min(length, i + 16); j++, bits >>>= 4) {
        text[j] = HEX_DIGITS[(int) (bits & 0xf)];
      }
    }
    return new String(text, 0, length, StandardCharsets.ISO_8859_1);
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
