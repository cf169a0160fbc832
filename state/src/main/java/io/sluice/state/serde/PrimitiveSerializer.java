package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The fixed-width formats of the primitive SQL types, one constant each. A format is a name, a version and the
 * {@link DataOutput} / {@link DataInput} method pair that writes and reads it, so all of them are big-endian and
 * of a fixed width. None accepts null (wrap it in {@link NullableSerializer}).
 *
 * <table>
 *   <caption>The formats, all version 1</caption>
 *   <tr><th>Constant</th><th>Name</th><th>Bytes</th><th>SQL types</th></tr>
 *   <tr><td>{@link #BOOLEAN}</td><td>{@code BOOLEAN}</td><td>one byte: 1 for true, 0 for false</td>
 *       <td>BOOLEAN</td></tr>
 *   <tr><td>{@link #BYTE}</td><td>{@code TINYINT}</td><td>one byte, two's complement</td><td>TINYINT</td></tr>
 *   <tr><td>{@link #SHORT}</td><td>{@code SMALLINT}</td><td>two bytes, big-endian two's complement</td>
 *       <td>SMALLINT</td></tr>
 *   <tr><td>{@link #INT}</td><td>{@code INT}</td><td>four bytes, big-endian two's complement</td>
 *       <td>INT, DATE, TIME</td></tr>
 *   <tr><td>{@link #LONG}</td><td>{@code BIGINT}</td><td>eight bytes, big-endian two's complement</td>
 *       <td>BIGINT, TIMESTAMP, TIMESTAMP_LTZ</td></tr>
 *   <tr><td>{@link #FLOAT}</td><td>{@code FLOAT}</td><td>the IEEE 754 bits of {@link Float#floatToIntBits}
 *       (NaN canonical), four bytes big-endian</td><td>FLOAT</td></tr>
 *   <tr><td>{@link #DOUBLE}</td><td>{@code DOUBLE}</td><td>the IEEE 754 bits of {@link Double#doubleToLongBits}
 *       (NaN canonical), eight bytes big-endian</td><td>DOUBLE</td></tr>
 * </table>
 *
 * <p>The names are those written in checkpoints: they never change, and a change to the bytes is a new version.
 */
public final class PrimitiveSerializer<T> extends SingletonSerializer<T> {
  // Type arguments spelled out: writeByte and writeShort take an int, so inference alone fails for BYTE and SHORT.
  public static final PrimitiveSerializer<Boolean> BOOLEAN =
      new PrimitiveSerializer<Boolean>("BOOLEAN", 1, DataOutput::writeBoolean, DataInput::readBoolean);
  public static final PrimitiveSerializer<Byte> BYTE =
      new PrimitiveSerializer<Byte>("TINYINT", 1, DataOutput::writeByte, DataInput::readByte);
  public static final PrimitiveSerializer<Short> SHORT =
      new PrimitiveSerializer<Short>("SMALLINT", 1, DataOutput::writeShort, DataInput::readShort);
  public static final PrimitiveSerializer<Integer> INT =
      new PrimitiveSerializer<Integer>("INT", 1, DataOutput::writeInt, DataInput::readInt);
  public static final PrimitiveSerializer<Long> LONG =
      new PrimitiveSerializer<Long>("BIGINT", 1, DataOutput::writeLong, DataInput::readLong);
  public static final PrimitiveSerializer<Float> FLOAT =
      new PrimitiveSerializer<Float>("FLOAT", 1, DataOutput::writeFloat, DataInput::readFloat);
  public static final PrimitiveSerializer<Double> DOUBLE =
      new PrimitiveSerializer<Double>("DOUBLE", 1, DataOutput::writeDouble, DataInput::readDouble);

  /** Writes one non-null value. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(DataOutput out, T value) throws IOException;
  }

  /** Reads one value, exactly the bytes the matching {@link Writer} wrote. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(DataInput in) throws IOException;
  }

  private final Writer<T> writer;
  private final Reader<T> reader;

  private PrimitiveSerializer(String name, int version, Writer<T> writer, Reader<T> reader) {
    super(name, version);
    this.writer = writer;
    this.reader = reader;
  }

  @Override
  public void serialize(T value, DataOutput out) throws IOException {
    writer.write(out, value);
  }

  @Override
  public T deserialize(DataInput in) throws IOException {
    return reader.read(in);
  }
}
