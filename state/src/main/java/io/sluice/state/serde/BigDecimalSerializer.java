package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The {@code DECIMAL} format, version 1: the scale as a four-byte int, then the unscaled value's minimal
 * big-endian two's-complement bytes ({@link BigInteger#toByteArray}) preceded by their count as a
 * {@link VarInts varint}. The scale is kept, so {@code 1.0} and {@code 1.00} stay distinct, as
 * {@link BigDecimal#equals} has them. Does not accept null.
 */
public final class BigDecimalSerializer extends SingletonSerializer<BigDecimal> {
  public static final BigDecimalSerializer INSTANCE = new BigDecimalSerializer();

  private BigDecimalSerializer() {
    super("DECIMAL", 1);
  }

  @Override
  public void serialize(BigDecimal value, DataOutput out) throws IOException {
    out.writeInt(value.scale());
    byte[] unscaled = value.unscaledValue().toByteArray();
    VarInts.write(out, unscaled.length);
    out.write(unscaled);
  }

  @Override
  public BigDecimal deserialize(DataInput in) throws IOException {
    int scale = in.readInt();
    byte[] unscaled = new byte[VarInts.read(in)];
    in.readFully(unscaled);
    return new BigDecimal(new BigInteger(unscaled), scale);
  }
}
