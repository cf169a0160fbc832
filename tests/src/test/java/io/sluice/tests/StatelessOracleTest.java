package io.sluice.tests;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Projections and filters give what H2 gives on the same rows. The input is random (seeded) datagen data with
 * nulls, read once through Sluice and loaded into H2; then each query runs in both.
 */
class StatelessOracleTest extends OracleTestBase {
  private static final RowType SCHEMA = RowType.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("price", DataType.of(TypeRoot.INTEGER)),
      new Column("name", DataType.string()),
      new Column("score", DataType.of(TypeRoot.DOUBLE)));

  StatelessOracleTest() {
    super("stateless", new Input("CREATE TABLE r (id BIGINT, price INT, name STRING, score DOUBLE) WITH ("
        + "'connector' = 'datagen', 'rows-per-second' = '1000000', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000', "
        + "'fields.price.min' = '1', 'fields.price.max' = '1000', "
        + "'fields.name.length' = '6', 'fields.name.null-rate' = '0.1', "
        + "'fields.score.min' = '0', 'fields.score.max' = '1')",
        "SELECT * FROM r", 2000, "r", SCHEMA));
  }

  @Override
  protected List<String> settings() {
    return List.of("SET 'parallelism.default' = '2'");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT id, price * 100 FROM r WHERE price > 500",
      "SELECT id, UPPER(name), CHAR_LENGTH(name) FROM r WHERE name IS NOT NULL AND id < 100",
      "SELECT id, CASE WHEN price < 100 THEN 'low' WHEN price < 500 THEN 'mid' ELSE 'high' END FROM r",
      "SELECT id FROM r WHERE MOD(id, 7) = 3 OR price BETWEEN 10 AND 20",
      "SELECT id, COALESCE(name, 'none') FROM r",
      "SELECT id, SUBSTRING(name FROM 2 FOR 3) FROM r WHERE id > 1500",
      "SELECT id, price / 7, MOD(price, 7) FROM r",
      "SELECT id, name || '-' || CAST(price AS VARCHAR) FROM r",
      "SELECT id, LOWER(name), name IS NULL FROM r WHERE id BETWEEN 10 AND 60",
      "SELECT id, score > 0.5, price - id FROM r WHERE NOT (price > 100 AND score < 0.3)",
      "SELECT * FROM r WHERE name LIKE 'a%' OR name LIKE '%z'",
      "SELECT id, CAST(price AS DOUBLE) * 2, CAST(id AS VARCHAR) FROM r WHERE price IN (1, 2, 3, 500, 999)"
  })
  void sameRowsAsH2(String query) throws Exception {
    assertInsertOnlySameAsH2(2, OracleCase.same(query));
  }
}
