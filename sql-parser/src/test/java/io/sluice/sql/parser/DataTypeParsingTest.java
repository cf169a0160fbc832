package io.sluice.sql.parser;

import static io.sluice.sql.parser.Parsing.parseError;
import static io.sluice.sql.parser.Parsing.parseOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.sql.statement.ColumnDefinition;
import io.sluice.sql.statement.CreateTableStatement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Column types as Flink writes them, and the errors for the ones Sluice does not have. */
class DataTypeParsingTest {

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("BOOLEAN", DataType.of(TypeRoot.BOOLEAN)),
        Arguments.of("tinyint", DataType.of(TypeRoot.TINYINT)),
        Arguments.of("SMALLINT", DataType.of(TypeRoot.SMALLINT)),
        Arguments.of("INT", DataType.of(TypeRoot.INTEGER)),
        Arguments.of("Integer", DataType.of(TypeRoot.INTEGER)),
        Arguments.of("BIGINT", DataType.of(TypeRoot.BIGINT)),
        Arguments.of("FLOAT", DataType.of(TypeRoot.FLOAT)),
        Arguments.of("DOUBLE", DataType.of(TypeRoot.DOUBLE)),
        Arguments.of("DOUBLE PRECISION", DataType.of(TypeRoot.DOUBLE)),
        Arguments.of("DECIMAL", DataType.of(TypeRoot.DECIMAL, 10, 0)),
        Arguments.of("DECIMAL(20)", DataType.of(TypeRoot.DECIMAL, 20, 0)),
        Arguments.of("DEC(5, 2)", DataType.of(TypeRoot.DECIMAL, 5, 2)),
        Arguments.of("NUMERIC(38,38)", DataType.of(TypeRoot.DECIMAL, 38, 38)),
        Arguments.of("CHAR", DataType.of(TypeRoot.CHAR, 1)),
        Arguments.of("CHAR(3)", DataType.of(TypeRoot.CHAR, 3)),
        // As in Flink, VARCHAR without a length is VARCHAR(1); STRING is the long one.
        Arguments.of("VARCHAR", DataType.of(TypeRoot.VARCHAR, 1)),
        Arguments.of("VARCHAR(255)", DataType.of(TypeRoot.VARCHAR, 255)),
        Arguments.of("STRING", DataType.string()),
        Arguments.of("DATE", DataType.of(TypeRoot.DATE)),
        Arguments.of("TIME", DataType.of(TypeRoot.TIME)),
        Arguments.of("TIME(3)", DataType.of(TypeRoot.TIME, 3)),
        Arguments.of("TIME(0) WITHOUT TIME ZONE", DataType.of(TypeRoot.TIME, 0)),
        Arguments.of("TIMESTAMP", DataType.of(TypeRoot.TIMESTAMP)),
        Arguments.of("TIMESTAMP(3)", DataType.of(TypeRoot.TIMESTAMP, 3)),
        Arguments.of("TIMESTAMP(9) WITHOUT TIME ZONE", DataType.of(TypeRoot.TIMESTAMP, 9)),
        Arguments.of("TIMESTAMP WITHOUT TIME ZONE", DataType.of(TypeRoot.TIMESTAMP)),
        Arguments.of("TIMESTAMP_LTZ", DataType.of(TypeRoot.TIMESTAMP_LTZ)),
        Arguments.of("TIMESTAMP_LTZ(3)", DataType.of(TypeRoot.TIMESTAMP_LTZ, 3)),
        Arguments.of("TIMESTAMP(3) WITH LOCAL TIME ZONE", DataType.of(TypeRoot.TIMESTAMP_LTZ, 3)),
        Arguments.of("timestamp with local time zone", DataType.of(TypeRoot.TIMESTAMP_LTZ)),
        Arguments.of("INT NOT NULL", DataType.of(TypeRoot.INTEGER).notNull()),
        Arguments.of("TIMESTAMP(3) WITH LOCAL TIME ZONE NOT NULL", DataType.of(TypeRoot.TIMESTAMP_LTZ, 3).notNull()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void mapsFlinkTypes(String written, DataType expected) {
    assertThat(typeOf(written)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BYTES", "BINARY(3)", "VARBINARY(10)", "ARRAY<INT>", "MAP<STRING, ARRAY<INT>>",
      "ROW<a INT, b STRING>", "MULTISET<INT>", "TIMESTAMP(3) WITH TIME ZONE"})
  void flinkTypesSluiceDoesNotHaveAreUnsupported(String written) {
    SqlException error = parseError("CREATE TABLE t (\n  col " + written + ")");

    assertThat(error.code()).isEqualTo(ErrorCode.UNSUPPORTED);
    assertThat(error.position().line()).isEqualTo(2);
    assertThat(error.detail()).contains("not supported");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BYTES", "ARRAY<INT>"})
  void unsupportedTypeErrorIsAtTheType(String written) {
    SqlException error = parseError("CREATE TABLE t (a INT, bad " + written + ")");

    assertThat(error.position()).isEqualTo(new SqlPosition(1, 28));
    assertThat(error.detail()).contains("supported types are BOOLEAN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FOO", "INT(3)", "DECIMAL(1, 2, 3)", "INT PRECISION", "INT WITHOUT TIME ZONE",
      "TIMESTAMP_LTZ WITH LOCAL TIME ZONE", "STRING(10)", "VARCHAR(a)"})
  void malformedTypesAreSyntaxErrors(String written) {
    SqlException error = parseError("CREATE TABLE t (col " + written + ")");

    assertThat(error.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DECIMAL(0)", "DECIMAL(39)", "DECIMAL(5, 6)", "CHAR(0)", "VARCHAR(99999999999)",
      "TIME(10)", "TIMESTAMP(10)", "TIMESTAMP_LTZ(12)"})
  void lengthsAndPrecisionsOutOfRangeAreValidationErrors(String written) {
    SqlException error = parseError("CREATE TABLE t (col " + written + ")");

    assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(error.detail()).contains("must be between");
  }

  @Test
  void unknownTypeNamesTheTypeAndThePlace() {
    SqlException error = parseError("CREATE TABLE t (a INT,\n b TEXT)");

    assertThat(error.position()).isEqualTo(new SqlPosition(2, 4));
    assertThat(error.detail()).startsWith("Unknown type 'TEXT'; supported types are BOOLEAN, ");
  }

  private static DataType typeOf(String written) {
    CreateTableStatement table = parseOne("CREATE TABLE t (col " + written + ")", CreateTableStatement.class);
    return ((ColumnDefinition.Physical) table.columns().get(0)).type();
  }
}
