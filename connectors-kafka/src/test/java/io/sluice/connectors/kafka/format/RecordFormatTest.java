package io.sluice.connectors.kafka.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordFormatTest {
  private static final RowType ALL_TYPES = RowType.of(
      new Column("b", DataType.of(TypeRoot.BOOLEAN)),
      new Column("i", DataType.of(TypeRoot.INTEGER)),
      new Column("l", DataType.of(TypeRoot.BIGINT)),
      new Column("d", DataType.of(TypeRoot.DOUBLE)),
      new Column("dec", DataType.of(TypeRoot.DECIMAL, 10, 2)),
      new Column("s", DataType.string()),
      new Column("day", DataType.of(TypeRoot.DATE)),
      new Column("t", DataType.of(TypeRoot.TIME)),
      new Column("ts", DataType.of(TypeRoot.TIMESTAMP, 3)));

  @ParameterizedTest
  @EnumSource(RecordFormat.class)
  void everyTypeRoundTrips(RecordFormat format) {
    Object[] values = {true, 42, 1L << 40, 2.5, new BigDecimal("12.34"), "a, \"quoted\" text", 19_723,
        45_296_789, 1_704_067_200_123L};
    byte[] bytes = format.serializer(ALL_TYPES, FormatSettings.DEFAULT).serialize(values);

    assertThat(format.deserializer(ALL_TYPES, FormatSettings.DEFAULT).deserialize(bytes)).containsExactly(values);
  }

  @ParameterizedTest
  @EnumSource(RecordFormat.class)
  void nullsRoundTrip(RecordFormat format) {
    Object[] values = new Object[ALL_TYPES.arity()];
    values[5] = "";
    byte[] bytes = format.serializer(ALL_TYPES, FormatSettings.DEFAULT).serialize(values);

    assertThat(format.deserializer(ALL_TYPES, FormatSettings.DEFAULT).deserialize(bytes)).containsExactly(values);
  }

  @Test
  void jsonReadsMembersByNameIgnoresOthersAndTakesIsoTimestamps() {
    RowType type = RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)),
        new Column("ts", DataType.of(TypeRoot.TIMESTAMP, 3)), new Column("missing", DataType.string()));
    byte[] json = "{\"extra\": [1], \"ts\": \"2024-01-01T00:00:00.123Z\", \"id\": \"7\"}"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(RecordFormat.JSON.deserializer(type, FormatSettings.DEFAULT).deserialize(json))
        .containsExactly(7L, 1_704_067_200_123L, null);
  }

  @Test
  void csvUsesTheConfiguredDelimiterAndChecksTheNumberOfValues() {
    RowType type = RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("s", DataType.string()));
    FormatSettings semicolons = new FormatSettings(';', false);
    byte[] bytes = RecordFormat.CSV.serializer(type, semicolons).serialize(new Object[] {1L, "a,b"});

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("1;a,b");
    assertThatThrownBy(() -> RecordFormat.CSV.deserializer(type, semicolons)
        .deserialize("1;a;b".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 2 values but found 3");
  }
}
