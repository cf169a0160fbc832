package io.sluice.connectors.datagen;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.readAll;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.TableSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The datagen source as the engine sees it: created through the registry, read by parallel readers. */
class DatagenSourceTest {
  private static final String FAST = "1000000000";

  private static TableSource source(List<Column> columns, String... options) {
    List<String> all = new ArrayList<>(List.of("connector", "datagen", "rows-per-second", FAST));
    all.addAll(List.of(options));
    return REGISTRY.createSource(table(columns, all.toArray(String[]::new)));
  }

  private static List<Row> readParallel(TableSource source, int parallelism) throws Exception {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      rows.addAll(readAll(source.readerFactory(), i, parallelism).rows);
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void sequenceSubtasksTogetherReadEveryValueOnce(int parallelism) throws Exception {
    TableSource source = source(List.of(column("id", DataType.of(TypeRoot.BIGINT))),
        "fields.id.kind", "sequence", "fields.id.start", "1", "fields.id.end", "1000");

    List<Row> rows = readParallel(source, parallelism);

    assertThat(source.isBounded()).isTrue();
    assertThat(rows).extracting(r -> r.field(0))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 1000).boxed().toList());
  }

  @Test
  void eachSubtaskReadsAContiguousShare() throws Exception {
    TableSource source = source(List.of(column("id", DataType.of(TypeRoot.INTEGER))),
        "fields.id.kind", "sequence", "fields.id.start", "1", "fields.id.end", "10");

    assertThat(readAll(source.readerFactory(), 0, 3).rows).extracting(r -> r.field(0)).containsExactly(1, 2, 3, 4);
    assertThat(readAll(source.readerFactory(), 1, 3).rows).extracting(r -> r.field(0)).containsExactly(5, 6, 7);
    assertThat(readAll(source.readerFactory(), 2, 3).rows).extracting(r -> r.field(0)).containsExactly(8, 9, 10);
  }

  @Test
  void numberOfRowsBoundsTheTable() throws Exception {
    TableSource source = source(List.of(column("v", DataType.of(TypeRoot.INTEGER))), "number-of-rows", "100");

    assertThat(source.isBounded()).isTrue();
    assertThat(readParallel(source, 1)).hasSize(100);
    assertThat(readParallel(source, 3)).hasSize(100);
  }

  @Test
  void theShortestBoundEndsTheTable() throws Exception {
    TableSource source = source(
        List.of(column("a", DataType.of(TypeRoot.BIGINT)), column("b", DataType.string())),
        "number-of-rows", "50",
        "fields.a.kind", "sequence", "fields.a.start", "1", "fields.a.end", "1000",
        "fields.b.kind", "sequence", "fields.b.start", "10", "fields.b.end", "1000");

    List<Row> rows = readParallel(source, 4);

    assertThat(rows).hasSize(50);
    assertThat(rows.get(0)).isEqualTo(Row.of(1L, "10"));
    assertThat(rows.get(49)).isEqualTo(Row.of(50L, "59"));
  }

  @Test
  void withoutBoundsTheTableIsUnbounded() {
    assertThat(source(List.of(column("v", DataType.of(TypeRoot.INTEGER)))).isBounded()).isFalse();
  }

  @Test
  void theContentDoesNotDependOnParallelism() throws Exception {
    TableSource source = source(List.of(column("v", DataType.of(TypeRoot.BIGINT)), column("s", DataType.string())),
        "number-of-rows", "500", "fields.s.length", "8", "fields.v.null-rate", "0.3");

    assertThat(readParallel(source, 4)).containsExactlyElementsOf(readParallel(source, 1));
  }

  @Test
  void randomValuesStayWithinMinAndMax() throws Exception {
    TableSource source = source(
        List.of(column("i", DataType.of(TypeRoot.INTEGER)), column("b", DataType.of(TypeRoot.BIGINT)),
            column("d", DataType.of(TypeRoot.DOUBLE)), column("t", DataType.of(TypeRoot.TINYINT)),
            column("m", DataType.of(TypeRoot.DECIMAL, 5, 2))),
        "number-of-rows", "5000",
        "fields.i.min", "-5", "fields.i.max", "5",
        "fields.b.min", "1000000000000", "fields.b.max", "1000000000003",
        "fields.d.min", "0.5", "fields.d.max", "0.75",
        "fields.t.min", "0", "fields.m.min", "-1.5", "fields.m.max", "1.5");

    List<Row> rows = readParallel(source, 2);

    assertThat(rows).extracting(r -> (Integer) r.field(0)).allMatch(v -> v >= -5 && v <= 5)
        .contains(-5, 5);
    assertThat(rows).extracting(r -> (Long) r.field(1))
        .containsOnly(1_000_000_000_000L, 1_000_000_000_001L, 1_000_000_000_002L, 1_000_000_000_003L);
    assertThat(rows).extracting(r -> (Double) r.field(2)).allMatch(v -> v >= 0.5 && v <= 0.75);
    assertThat(rows).extracting(r -> (Byte) r.field(3)).allMatch(v -> v >= 0).contains((byte) 127);
    assertThat(rows).extracting(r -> (BigDecimal) r.field(4))
        .allMatch(v -> v.scale() == 2 && v.abs().compareTo(new BigDecimal("1.5")) <= 0);
  }

  @Test
  void decimalsWiderThanALongStayWithinTheirPrecision() throws Exception {
    TableSource source = source(List.of(column("m", DataType.of(TypeRoot.DECIMAL, 38, 10))),
        "number-of-rows", "200");
    BigDecimal largest = new BigDecimal("9999999999999999999999999999.9999999999");

    assertThat(readParallel(source, 1)).extracting(r -> (BigDecimal) r.field(0))
        .allMatch(v -> v.scale() == 10 && v.abs().compareTo(largest) <= 0)
        .anyMatch(v -> v.signum() < 0).anyMatch(v -> v.signum() > 0);
  }

  @Test
  void randomStringsHaveTheLengthCappedByTheColumn() throws Exception {
    TableSource source = source(
        List.of(column("s", DataType.string()), column("v", DataType.of(TypeRoot.VARCHAR, 5)),
            column("d", DataType.string())),
        "number-of-rows", "100", "fields.s.length", "20", "fields.v.length", "20");

    List<Row> rows = readParallel(source, 1);

    assertThat(rows).extracting(r -> (String) r.field(0)).allMatch(s -> s.matches("[0-9a-f]{20}"));
    assertThat(rows).extracting(r -> (String) r.field(1)).allMatch(s -> s.length() == 5);
    assertThat(rows).extracting(r -> (String) r.field(2)).allMatch(s -> s.length() == 100);
  }

  @Test
  void nullRateZeroGivesNoNullsAndOneGivesOnlyNulls() throws Exception {
    TableSource source = source(List.of(column("a", DataType.string()), column("b", DataType.of(TypeRoot.INTEGER)),
            column("c", DataType.of(TypeRoot.INTEGER))),
        "number-of-rows", "1000", "fields.a.null-rate", "0", "fields.b.null-rate", "1",
        "fields.c.null-rate", "0.5");

    List<Row> rows = readParallel(source, 1);

    assertThat(rows).extracting(r -> r.field(0)).doesNotContainNull();
    assertThat(rows).extracting(r -> r.field(1)).containsOnlyNulls();
    assertThat(rows.stream().filter(r -> r.field(2) == null).count()).isBetween(400L, 600L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "FLOAT", "DOUBLE", "DECIMAL",
      "CHAR", "VARCHAR", "DATE", "TIME", "TIMESTAMP", "TIMESTAMP_LTZ"})
  void everyTypeGetsValuesOfItsInternalClass(String rootName) throws Exception {
    TypeRoot root = TypeRoot.valueOf(rootName);
    TableSource source = source(List.of(column("v", DataType.of(root))), "number-of-rows", "20");

    assertThat(readParallel(source, 1)).extracting(r -> r.field(0)).hasSize(20)
        .allMatch(Objects::nonNull).hasOnlyElementsOfType(root.internalClass());
  }
}
