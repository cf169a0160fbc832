package io.sluice.sql.parser;

import static io.sluice.sql.parser.Parsing.parseError;
import static io.sluice.sql.parser.Parsing.parseOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.sql.statement.ColumnDefinition;
import io.sluice.sql.statement.CreateTableStatement;
import io.sluice.sql.statement.SqlFragment;
import org.junit.jupiter.api.Test;

class CreateTableTest {
  private static final String ORDERS = """
      CREATE TABLE orders (
        order_id BIGINT NOT NULL COMMENT 'the id',
        price DECIMAL(10, 2),
        buyer STRING,
        order_time TIMESTAMP(3),
        total AS price * CAST(qty AS INT),
        proc AS PROCTIME(),
        WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND,
        PRIMARY KEY (order_id) NOT ENFORCED
      ) COMMENT 'orders' WITH (
        'connector' = 'datagen',
        'rows-per-second' = '10',
        'fields.buyer.kind' = 'it''s random'
      );""";

  @Test
  void fullTable() {
    CreateTableStatement table = parseOne(ORDERS, CreateTableStatement.class);

    assertThat(table.name()).isEqualTo("orders");
    assertThat(table.position()).isEqualTo(SqlPosition.START);
    assertThat(table.text()).isEqualTo(ORDERS.substring(0, ORDERS.length() - 1));
    assertThat(table.temporary()).isFalse();
    assertThat(table.ifNotExists()).isFalse();
    assertThat(table.columns()).containsExactly(
        new ColumnDefinition.Physical("order_id", DataType.of(TypeRoot.BIGINT).notNull(), "the id"),
        new ColumnDefinition.Physical("price", DataType.of(TypeRoot.DECIMAL, 10, 2), null),
        new ColumnDefinition.Physical("buyer", DataType.string(), null),
        new ColumnDefinition.Physical("order_time", DataType.of(TypeRoot.TIMESTAMP, 3), null),
        new ColumnDefinition.Computed("total",
            new SqlFragment("price * CAST(qty AS INT)", new SqlPosition(6, 12)), null),
        new ColumnDefinition.Computed("proc", new SqlFragment("PROCTIME()", new SqlPosition(7, 11)), null));
    assertThat(table.watermark().rowtimeColumn()).isEqualTo("order_time");
    assertThat(table.watermark().expression())
        .isEqualTo(new SqlFragment("order_time - INTERVAL '5' SECOND", new SqlPosition(8, 31)));
    assertThat(table.primaryKey()).containsExactly("order_id");
  }

  @Test
  void optionsKeepTheirOrderAndAreUnescaped() {
    CreateTableStatement table = parseOne(ORDERS, CreateTableStatement.class);

    assertThat(table.options()).containsExactly(
        entry("connector", "datagen"), entry("rows-per-second", "10"), entry("fields.buyer.kind", "it's random"));
  }

  @Test
  void temporaryIfNotExistsAndQuotedDottedNames() {
    CreateTableStatement table = parseOne(
        "create temporary table if not exists cat.db.`my table` (`a b` INT, `x``y` INT) with ('k' = 'v')",
        CreateTableStatement.class);

    assertThat(table.temporary()).isTrue();
    assertThat(table.ifNotExists()).isTrue();
    assertThat(table.name()).isEqualTo("cat.db.my table");
    assertThat(table.columns()).extracting(ColumnDefinition::name).containsExactly("a b", "x`y");
  }

  @Test
  void withClauseMayBeLeftOut() {
    CreateTableStatement table = parseOne("CREATE TABLE t (a INT)", CreateTableStatement.class);

    assertThat(table.options()).isEmpty();
    assertThat(table.watermark()).isNull();
    assertThat(table.primaryKey()).isEmpty();
  }

  @Test
  void keywordsThatAreCommonColumnNamesNeedNoQuotes() {
    CreateTableStatement table = parseOne(
        "CREATE TABLE t (comment STRING COMMENT 'c', key INT, time TIME, zone STRING, plan INT, job STRING)",
        CreateTableStatement.class);

    assertThat(table.columns()).extracting(ColumnDefinition::name)
        .containsExactly("comment", "key", "time", "zone", "plan", "job");
    assertThat(table.columns().get(0)).isEqualTo(new ColumnDefinition.Physical("comment", DataType.string(), "c"));
  }

  @Test
  void computedColumnsKeepNestedParenthesesCommasAndComments() {
    String expression = "TIMESTAMPADD(SECOND, CAST(f(a, (b + 1)) AS INT), TIMESTAMP '2024-01-01 00:00:00')";

    CreateTableStatement table = parseOne(
        "CREATE TABLE t (\n  a INT,\n  b AS  " + expression + "   COMMENT 'when',\n  c AS a)",
        CreateTableStatement.class);

    assertThat(table.columns().get(1)).isEqualTo(new ColumnDefinition.Computed(
        "b", new SqlFragment(expression, new SqlPosition(3, 9)), "when"));
    assertThat(table.columns().get(2)).isEqualTo(
        new ColumnDefinition.Computed("c", new SqlFragment("a", new SqlPosition(4, 8)), null));
  }

  @Test
  void inlinePrimaryKey() {
    CreateTableStatement table = parseOne(
        "CREATE TABLE t (id INT NOT NULL PRIMARY KEY NOT ENFORCED COMMENT 'key', v STRING)",
        CreateTableStatement.class);

    assertThat(table.primaryKey()).containsExactly("id");
    assertThat(table.columns().get(0))
        .isEqualTo(new ColumnDefinition.Physical("id", DataType.of(TypeRoot.INTEGER).notNull(), "key"));
  }

  @Test
  void compositePrimaryKeyWithConstraintName() {
    CreateTableStatement table = parseOne(
        "CREATE TABLE t (a INT, b INT, CONSTRAINT pk PRIMARY KEY (b, a) NOT ENFORCED)", CreateTableStatement.class);

    assertThat(table.primaryKey()).containsExactly("b", "a");
  }

  @Test
  void explicitNullKeepsTheColumnNullable() {
    CreateTableStatement table = parseOne("CREATE TABLE t (a INT NULL)", CreateTableStatement.class);

    assertThat(((ColumnDefinition.Physical) table.columns().get(0)).type().nullable()).isTrue();
  }

  @Test
  void duplicateColumnIsAnErrorAtTheSecondOne() {
    SqlException error = parseError("CREATE TABLE t (\n  a INT,\n  b INT,\n  a AS b)");

    assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(error.position()).isEqualTo(new SqlPosition(4, 3));
    assertThat(error.detail()).contains("Duplicate column 'a'");
  }

  @Test
  void duplicateOptionIsAnErrorAtTheSecondKey() {
    SqlException error = parseError("CREATE TABLE t (a INT) WITH ('k' = '1', 'k' = '2')");

    assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(error.position()).isEqualTo(new SqlPosition(1, 41));
    assertThat(error.detail()).contains("Duplicate option 'k'");
  }

  @Test
  void onlyOneWatermarkAndOnePrimaryKey() {
    assertThat(parseError("CREATE TABLE t (a INT, WATERMARK FOR a AS a, WATERMARK FOR a AS a)").detail())
        .contains("only one WATERMARK");
    SqlException twoKeys = parseError("CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED, PRIMARY KEY (a) NOT ENFORCED)");
    assertThat(twoKeys.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(twoKeys.position()).isEqualTo(new SqlPosition(1, 49));
  }

  @Test
  void primaryKeyColumnTwiceIsAnError() {
    SqlException error = parseError("CREATE TABLE t (a INT, PRIMARY KEY (a, a) NOT ENFORCED)");

    assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(error.position()).isEqualTo(new SqlPosition(1, 40));
  }

  @Test
  void primaryKeyMustBeNotEnforced() {
    SqlException error = parseError("CREATE TABLE t (a INT, PRIMARY KEY (a))");

    assertThat(error.code()).isEqualTo(ErrorCode.UNSUPPORTED);
    assertThat(error.position()).isEqualTo(new SqlPosition(1, 24));
    assertThat(error.detail()).contains("NOT ENFORCED");
  }

  @Test
  void missingOptionValue() {
    SqlException error = parseError("CREATE TABLE t (a INT) WITH ('connector' = , 'x' = 'y')");

    assertThat(error.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
    assertThat(error.position()).isEqualTo(new SqlPosition(1, 44));
    assertThat(error.detail()).isEqualTo("Unexpected ',', expected string literal");
  }

  @Test
  void unquotedOptionKeyIsAnError() {
    SqlException error = parseError("CREATE TABLE t (a INT) WITH (connector = 'datagen')");

    assertThat(error.position()).isEqualTo(new SqlPosition(1, 30));
    assertThat(error.detail()).isEqualTo("Unexpected 'connector', expected string literal or )");
  }

  @Test
  void missingTypeSaysATypeIsExpected() {
    SqlException error = parseError("CREATE TABLE t (a INT, b, c INT)");

    assertThat(error.position()).isEqualTo(new SqlPosition(1, 25));
    assertThat(error.detail()).isEqualTo("Unexpected ',', expected AS or type");
  }

  @Test
  void missingComputedExpression() {
    SqlException error = parseError("CREATE TABLE t (a AS )");

    assertThat(error.position()).isEqualTo(new SqlPosition(1, 22));
    assertThat(error.detail()).isEqualTo("Unexpected ')', expected an expression");
  }

  @Test
  void reservedWordAsColumnNameMustBeQuoted() {
    SqlException error = parseError("CREATE TABLE t (watermark TIMESTAMP(3))");

    assertThat(error.detail()).isEqualTo("Unexpected 'TIMESTAMP', expected FOR");
    assertThat(parseOne("CREATE TABLE t (`watermark` TIMESTAMP(3))", CreateTableStatement.class).columns())
        .extracting(ColumnDefinition::name).containsExactly("watermark");
  }
}
