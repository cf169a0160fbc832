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
        Arguments.of(LongSerializer.INSTANCE, List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)),
        Arguments.of(IntSerializer.INSTANCE, List.of(0, 42, -7, Integer.MIN_VALUE, Integer.MAX_VALUE)),
        Arguments.of(ShortSerializer.INSTANCE, List.of((short) 0, Short.MIN_VALUE, Short.MAX_VALUE)),
        Arguments.of(ByteSerializer.INSTANCE, List.of((byte) 0, Byte.MIN_VALUE, Byte.MAX_VALUE)),
        Arguments.of(BooleanSerializer.INSTANCE, List.of(true, false)),
        Arguments.of(DoubleSerializer.INSTANCE,
            List.of(0.0, -0.0, 3.14, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE)),
        Arguments.of(FloatSerializer.INSTANCE, List.of(0f, -1.5f, Float.NaN, Float.POSITIVE_INFINITY)),
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
    assertThat(Serialization.toBytes(LongSerializer.INSTANCE, 258L)).containsExactly(0, 0, 0, 0, 0, 0, 1, 2);
    assertThat(Serialization.toBytes(StringSerializer.INSTANCE, "ab")).containsExactly(2, 'a', 'b');
    assertThat(Serialization.toBytes(NullableSerializer.of(IntSerializer.INSTANCE), null)).containsExactly(0);
  }

  @Test
  void leftoverBytesAreAnError() {
    byte[] twoInts = new byte[8];
    assertThatThrownBy(() -> Serialization.fromBytes(IntSerializer.INSTANCE, twoInts))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void forTypeFollowsInternalClassesAndNullability() {
    assertThat(TypeSerializers.<Object>forType(DataType.of(TypeRoot.BIGINT).notNull()))
        .isSameAs(LongSerializer.INSTANCE);
    assertThat(TypeSerializers.forType(DataType.of(TypeRoot.TIMESTAMP).notNull())).isSameAs(LongSerializer.INSTANCE);
    assertThat(TypeSerializers.forType(DataType.of(TypeRoot.DATE).notNull())).isSameAs(IntSerializer.INSTANCE);
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
        new RowSerializer(List.of(LongSerializer.INSTANCE, StringSerializer.INSTANCE))).snapshot();
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
