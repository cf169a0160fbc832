package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code STRING} format, version 1: the UTF-8 byte length as a {@link VarInts varint}, then the UTF-8 bytes
 * (CHAR, VARCHAR, STRING). Unlike {@link DataOutput#writeUTF} it has no 64 KB limit. Does not accept null.
 */
public final class StringSerializer extends SingletonSerializer<String> {
  public static final StringSerializer INSTANCE = new StringSerializer();

  private StringSerializer() {
    super("STRING", 1);
  }

  @Override
  public void serialize(String value, DataOutput out) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    VarInts.write(out, bytes.length);
    out.write(bytes);
  }

  @Override
  public String deserialize(DataInput in) throws IOException {
    byte[] bytes = new byte[VarInts.read(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
