package io.sluice.state.internal;

import io.sluice.state.StateTtlConfig;
import io.sluice.state.serde.TypeSerializer;
import java.util.function.Consumer;

/**
 * Writes and reads the stored form of one value, which is how TTL is layered over any {@link ByteStore}.
 * Without TTL the stored form is the serializer's bytes; with TTL it is the eight-byte big-endian time of the
 * write in epoch milliseconds followed by the serializer's bytes. A value is expired once
 * {@code now - writeTime >= ttl}.
 */
public final class TtlCodec<T> {
  private static final int TIMESTAMP_BYTES = Long.BYTES;

  private final TypeSerializer<T> serializer;
  private final long ttlMillis;
  private final KeyContext clock;
  private final OutputBuffer buffer = new OutputBuffer();

  /** {@code ttl} may be null for values that never expire. */
  public TtlCodec(TypeSerializer<T> serializer, StateTtlConfig ttl, KeyContext clock) {
    this.serializer = serializer;
    this.ttlMillis = ttl == null ? -1 : ttl.ttlMillis();
    this.clock = clock;
  }

  private boolean hasTtl() {
    return ttlMillis >= 0;
  }

  /** Appends the stored form of the value, stamped with the current time when TTL is on. */
  public void write(OutputBuffer out, T value) {
    if (hasTtl()) {
      out.writeLong(clock.currentTimeMillis());
    }
    out.write(serializer, value);
  }

  /** The stored form of one value. */
  public byte[] encode(T value) {
    buffer.reset();
    write(buffer, value);
    return buffer.toByteArray();
  }

  /** Whether the stored value that starts the array has expired; never true without TTL. */
  public boolean isExpired(byte[] stored) {
    return hasTtl() && expired(new InputBuffer(stored).readLong());
  }

  /** The value of a stored form holding one value, expired or not. */
  public T decode(byte[] stored) {
    return new InputBuffer(stored, hasTtl() ? TIMESTAMP_BYTES : 0).read(serializer);
  }

  /** Reads the timestamp of the next stored value (if TTL is on) and says whether that value has expired. */
  public boolean readExpired(InputBuffer in) {
    return hasTtl() && expired(in.readLong());
  }

  /** Reads the value after {@link #readExpired}. */
  public T read(InputBuffer in) {
    return in.read(serializer);
  }

  /**
   * What to keep of a stored form holding one value: the same array while it is live, null once it has expired.
   */
  public byte[] liveValue(byte[] stored) {
    return isExpired(stored) ? null : stored;
  }

  /**
   * What to keep of a stored form holding a sequence of values (list state), giving each live value to
   * {@code live} in order: the same array when none has expired, null when all have, otherwise the stored forms
   * of the live values byte for byte, so they keep their timestamps.
   */
  public byte[] liveElements(byte[] stored, Consumer<T> live) {
    InputBuffer in = new InputBuffer(stored);
    OutputBuffer kept = null; // created at the first expired value: until then the live values are a prefix
    while (in.hasMore()) {
      int start = in.position();
      boolean expired = readExpired(in);
      T value = read(in);
      if (expired) {
        if (kept == null) {
          kept = new OutputBuffer().write(stored, 0, start);
        }
      } else {
        live.accept(value);
        if (kept != null) {
          kept.write(stored, start, in.position() - start);
        }
      }
    }
    if (kept == null) {
      return stored;
    }
    return kept.size() == 0 ? null : kept.toByteArray();
  }

  private boolean expired(long writeMillis) {
    return clock.currentTimeMillis() - writeMillis >= ttlMillis;
  }
}
