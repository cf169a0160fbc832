package io.sluice.state.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SerializerRoundTripTest {
  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(PrimitiveSerializer.LONG, List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)),
        Arguments.of(PrimitiveSerializer.INT, List.of(0, 42, -7, Integer.MIN_VALUE, Integer.MAX_VALUE)),
        Arguments.of(PrimitiveSerializer.SHORT, List.of((short) 0, Short.MIN_VALUE, Short.MAX_VALUE)),
        Arguments.of(PrimitiveSerializer.BYTE, List.of((byte) 0, Byte.MIN_VALUE, Byte.MAX_VALUE)),
        Arguments.of(PrimitiveSerializer.BOOLEAN, List.of(true, false)),
        Arguments.of(PrimitiveSerializer.DOUBLE,
            List.of(0.0, -0.0, 3.14, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE)),
        Arguments.of(PrimitiveSerializer.FLOAT, List.of(0f, -1.5f, Float.NaN, Float.POSITIVE_INFINITY)),
        Arguments.of(StringSerializer.INSTANCE, List.of("", "a", "héllo wörld ✓ 😀", "x".repeat(100_000))),
        Arguments.of(BigDecimalSerializer.INSTANCE, List.of(BigDecimal.ZERO, new BigDecimal("1.0"),
            new BigDecimal("1.00"), new BigDecimal("-12345678901234567890.123456789"), new BigDecimal("1E+10"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  <T> void eachValueRoundTrips(TypeSerializer<T> serializer, List<T> values) {
    for (T value : values) {
      assertThat(Serialization.fromBytes(serializer, Serialization.toBytes(serializer, value))).isEqualTo(value);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  <T> void valuesConcatenateWithoutDelimiters(TypeSerializer<T> serializer, List<T> values) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    for (T value : values) {
      serializer.serialize(value, out);
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    List<T> read = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      read.add(serializer.deserialize(in));
    }
    assertThat(read).isEqualTo(values);
    assertThat(in.available()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  <T> void nullableWrapperCarriesNullAndValues(TypeSerializer<T> serializer, List<T> values) {
    TypeSerializer<T> nullable = NullableSerializer.of(serializer);
    assertThat(Serialization.fromBytes(nullable, Serialization.toBytes(nullable, null))).isNull();
    for (T value : values) {
      assertThat(Serialization.fromBytes(nullable, Serialization.toBytes(nullable, value))).isEqualTo(value);
    }
    assertThat(nullable.snapshot().nested()).containsExactly(serializer.snapshot());
  }

  @Test
  void equalValuesHaveEqualBytesAndDistinctDecimalsDoNot() {
    assertThat(Serialization.toBytes(StringSerializer.INSTANCE, "key"))
        .isEqualTo(Serialization.toBytes(StringSerializer.INSTANCE, new String("key")));
    assertThat(Serialization.toBytes(BigDecimalSerializer.INSTANCE, new BigDecimal("1.0")))
        .isNotEqualTo(Serialization.toBytes(BigDecimalSerializer.INSTANCE, new BigDecimal("1.00")));
  }

  @Test
  void formatsAreFixed() {
    assertThat(Serialization.toBytes(PrimitiveSerializer.LONG, 258L)).containsExactly(0, 0, 0, 0, 0, 0, 1, 2);
    assertThat(Serialization.toBytes(StringSerializer.INSTANCE, "ab")).containsExactly(2, 'a', 'b');
    assertThat(Serialization.toBytes(NullableSerializer.of(PrimitiveSerializer.INT), null)).containsExactly(0);
  }

  @Test
  void primitiveFormatsAndNamesAreFixed() {
    assertThat(Serialization.toBytes(PrimitiveSerializer.BOOLEAN, true)).containsExactly(1);
    assertThat(Serialization.toBytes(PrimitiveSerializer.BOOLEAN, false)).containsExactly(0);
    assertThat(Serialization.toBytes(PrimitiveSerializer.BYTE, (byte) -2)).containsExactly(0xFE);
    assertThat(Serialization.toBytes(PrimitiveSerializer.SHORT, (short) 258)).containsExactly(1, 2);
    assertThat(Serialization.toBytes(PrimitiveSerializer.INT, -2)).containsExactly(0xFF, 0xFF, 0xFF, 0xFE);
    assertThat(Serialization.toBytes(PrimitiveSerializer.FLOAT, 1.0f)).containsExactly(0x3F, 0x80, 0, 0);
    assertThat(Serialization.toBytes(PrimitiveSerializer.DOUBLE, 1.0)).containsExactly(0x3F, 0xF0, 0, 0, 0, 0, 0, 0);
    assertThat(Stream.of(PrimitiveSerializer.BOOLEAN, PrimitiveSerializer.BYTE, PrimitiveSerializer.SHORT,
            PrimitiveSerializer.INT, PrimitiveSerializer.LONG, PrimitiveSerializer.FLOAT, PrimitiveSerializer.DOUBLE)
        .map(TypeSerializer::snapshot).map(SerializerSnapshot::toString))
        .containsExactly("BOOLEAN(v1)", "TINYINT(v1)", "SMALLINT(v1)", "INT(v1)", "BIGINT(v1)", "FLOAT(v1)",
            "DOUBLE(v1)");
  }

  @Test
  void leftoverBytesAreAnError() {
    byte[] twoInts = new byte[8];
    assertThatThrownBy(() -> Serialization.fromBytes(PrimitiveSerializer.INT, twoInts))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void forTypeFollowsInternalClassesAndNullability() {
    assertThat(TypeSerializers.<Object>forType(DataType.of(TypeRoot.BIGINT).notNull()))
        .isSameAs(PrimitiveSerializer.LONG);
    assertThat(TypeSerializers.forType(DataType.of(TypeRoot.TIMESTAMP).notNull())).isSameAs(PrimitiveSerializer.LONG);
    assertThat(TypeSerializers.forType(DataType.of(TypeRoot.DATE).notNull())).isSameAs(PrimitiveSerializer.INT);
    assertThat(TypeSerializers.forType(DataType.string().notNull())).isSameAs(StringSerializer.INSTANCE);
    assertThat(TypeSerializers.forType(DataType.of(TypeRoot.DECIMAL, 10, 2)))
        .isEqualTo(NullableSerializer.of(BigDecimalSerializer.INSTANCE));
    for (TypeRoot root : TypeRoot.values()) {
      TypeSerializer<?> serializer = TypeSerializers.forRoot(root);
      assertThat(serializer.snapshot().version()).isEqualTo(1);
    }
  }

  @Test
  void snapshotsRoundTrip() throws IOException {
    SerializerSnapshot snapshot = NullableSerializer.of(
        new RowSerializer(List.of(PrimitiveSerializer.LONG, StringSerializer.INSTANCE))).snapshot();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    snapshot.write(new DataOutputStream(bytes));
    SerializerSnapshot read =
        SerializerSnapshot.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read).isEqualTo(snapshot);
    assertThat(read.toString()).isEqualTo("NULLABLE(v1)<ROW(v1)<BIGINT(v1), STRING(v1)>>");
  }

  @Test
  void varIntsRoundTrip() throws IOException {
    for (int value : Arrays.asList(0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      VarInts.write(new DataOutputStream(bytes), value);
      assertThat(VarInts.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(value);
    }
    assertThatThrownBy(() -> VarInts.write(new DataOutputStream(new ByteArrayOutputStream()), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
