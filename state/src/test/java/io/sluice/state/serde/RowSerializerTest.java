package io.sluice.state.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RowSerializerTest {
  /** One column of every type root, so every field serializer takes part. */
  private static final RowType ALL_TYPES = new RowType(
      List.of(TypeRoot.values()).stream()
          .map(root -> new Column("c_" + root.name().toLowerCase(), DataType.of(root)))
          .toList());

  private static final Object[] ALL_VALUES = {
      true, (byte) 1, (short) 2, 3, 4L, 5.5f, 6.5, new BigDecimal("7.25"), "c", "varchar",
      19_000, 3_600_000, 1_700_000_000_000L, 1_700_000_000_001L
  };

  private final RowSerializer serializer = RowSerializer.of(ALL_TYPES);

  private Row roundTrip(Row row) {
    return Serialization.fromBytes(serializer, Serialization.toBytes(serializer, row));
  }

  @ParameterizedTest
  @EnumSource(RowKind.class)
  void everyKindRoundTrips(RowKind kind) {
    Row row = Row.ofKind(kind, ALL_VALUES.clone());
    Row read = roundTrip(row);
    assertThat(read).isEqualTo(row);
    assertThat(read.kind()).isEqualTo(kind);
  }

  @Test
  void nullsInEveryPositionRoundTrip() {
    assertThat(ALL_VALUES.length).isGreaterThan(8); // the null mask spans two bytes
    for (int i = 0; i < ALL_VALUES.length; i++) {
      Object[] fields = ALL_VALUES.clone();
      fields[i] = null;
      Row row = Row.ofKind(RowKind.UPDATE_AFTER, fields);
      assertThat(roundTrip(row)).isEqualTo(row);
    }
    Row allNull = Row.of(new Object[ALL_VALUES.length]);
    assertThat(roundTrip(allNull)).isEqualTo(allNull);
  }

  @Test
  void formatIsKindThenNullMaskThenFields() {
    RowSerializer twoFields = new RowSerializer(List.of(PrimitiveSerializer.INT, StringSerializer.INSTANCE));
    assertThat(Serialization.toBytes(twoFields, Row.ofKind(RowKind.DELETE, 1, null)))
        .containsExactly(3, 0b10, 0, 0, 0, 1);
    assertThat(Serialization.toBytes(twoFields, Row.ofKind(RowKind.UPDATE_BEFORE, null, "x")))
        .containsExactly(1, 0b01, 1, 'x');
  }

  @Test
  void emptyRowsRoundTrip() {
    RowSerializer empty = new RowSerializer(List.of());
    assertThat(Serialization.fromBytes(empty, Serialization.toBytes(empty, Row.of()))).isEqualTo(Row.of());
  }

  @Test
  void rejectsWrongArityAndNullableFieldSerializers() {
    assertThatThrownBy(() -> Serialization.toBytes(serializer, Row.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected " + ALL_VALUES.length);
    List<TypeSerializer<?>> fields = new ArrayList<>();
    fields.add(NullableSerializer.of(PrimitiveSerializer.LONG));
    assertThatThrownBy(() -> new RowSerializer(fields)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void snapshotListsFieldSerializersAndDefinesEquality() {
    RowType type = RowType.of(
        new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("d", DataType.of(TypeRoot.DATE)));
    RowSerializer s = TypeSerializers.forRowType(type);
    assertThat(s.snapshot().nested())
        .containsExactly(PrimitiveSerializer.LONG.snapshot(), PrimitiveSerializer.INT.snapshot());
    assertThat(s).isEqualTo(new RowSerializer(List.of(PrimitiveSerializer.LONG, PrimitiveSerializer.INT)));
    assertThat(s).isNotEqualTo(new RowSerializer(List.of(PrimitiveSerializer.INT, PrimitiveSerializer.LONG)));
  }
}
