package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.catalogWithT;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.SqlException;
import io.sluice.common.function.ProjectFilter;
import io.sluice.common.types.DataType;
import io.sluice.common.types.ValueFormatter;
import io.sluice.planner.codegen.CodeCompiler;
import io.sluice.planner.codegen.RuntimeDataContext;
import io.sluice.planner.plan.CalcNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The functions a Flink SQL user reaches for, evaluated on the row (id = 2, name = 'abc') and on nulls. */
class BuiltInFunctionsTest {
  private final QueryPlanner planner = new QueryPlanner(catalogWithT());

  private String eval(String expression, Object id, Object name) {
    CalcNode calc = (CalcNode) planner.planQuery(sql("SELECT " + expression + " FROM t")).root();
    ProjectFilter f = CodeCompiler.instantiate(calc.code(), ProjectFilter.class, new RuntimeDataContext());
    DataType type = calc.outputType().column(0).type();
    return String.valueOf(ValueFormatter.format(f.apply(new Object[] {id, name})[0], type));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "IF(id > 1, 'a', 'b')|a",
      "IFNULL(name, 'x')|abc",
      "NVL(name, 'x')|abc",
      "CONCAT(name, 'x')|abcx",
      "CONCAT_WS('-', name, 'x')|abc-x",
      "LPAD(name, 6, '*')|***abc",
      "RPAD(name, 5, '*')|abc**",
      "LTRIM('  a')|a",
      "REGEXP_REPLACE(name, 'b', 'X')|aXc",
      "REGEXP_EXTRACT(name, 'a(b)c', 1)|b",
      "regexp_extract(name, 'b.')|bc",
      "INITCAP(name)|Abc",
      "REPEAT(name, 2)|abcabc",
      "REVERSE(name)|cba",
      "LEFT(name, 2)|ab",
      "MD5(name)|900150983cd24fb0d6963f7d28e17f72",
      "LOCATE('b', name)|2",
      "LOCATE('a', name, 2)|0",
      "SPLIT_INDEX('a,b,c', ',', 1)|b",
      "SPLIT_INDEX('a,b,c', ',', 5)|null",
      "GREATEST(1, id, 3)|3",
      "LEAST(1, id, 3)|1",
      "ROUND(1.26, 1)|1.3",
      "POWER(id, 2)|4.0",
      "LOG2(8)|3.0",
      "DATE_FORMAT(TIMESTAMP '2024-01-02 03:04:05', 'yyyy-MM-dd HH:mm')|2024-01-02 03:04",
      "date_format('2024-01-02 03:04:05', 'HH:mm:ss')|03:04:05",
      "TO_TIMESTAMP('2024-01-02 03:04:05')|2024-01-02 03:04:05",
      "TO_TIMESTAMP('02/01/2024 10:00', 'dd/MM/yyyy HH:mm')|2024-01-02 10:00:00",
      "TO_TIMESTAMP('not a time')|null",
      "TO_TIMESTAMP_LTZ(1700000000, 0)|2023-11-14 22:13:20",
      "TO_DATE('2024-01-02')|2024-01-02",
      "UNIX_TIMESTAMP('1970-01-02 00:00:00')|86400",
      "FROM_UNIXTIME(86400)|1970-01-02 00:00:00",
      "EXTRACT(HOUR FROM TIMESTAMP '2024-01-02 03:04:05')|3",
      "FLOOR(TIMESTAMP '2024-01-02 03:04:05' TO MINUTE)|2024-01-02 03:04:00",
      "TIMESTAMPDIFF(SECOND, TIMESTAMP '2024-01-02 03:04:05', TIMESTAMP '2024-01-02 03:05:05')|60",
      "TIMESTAMPADD(MINUTE, 2, TIMESTAMP '2024-01-02 03:04:05')|2024-01-02 03:06:05",
      "CASE WHEN name LIKE 'a%' THEN 'yes' ELSE 'no' END|yes",
      "COALESCE(NULL, name)|abc"
  })
  void computesWhatFlinkComputes(String expression, String expected) {
    assertThat(eval(expression, 2L, "abc")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} on NULL")
  @CsvSource(delimiter = '|', value = {
      "LOCATE('b', name)", "SPLIT_INDEX(name, ',', 0)", "REGEXP_EXTRACT(name, 'b')", "DATE_FORMAT(name, 'yyyy')",
      "TO_TIMESTAMP(name)", "UPPER(name)", "LPAD(name, 4, '*')"
  })
  void nullInNullOut(String expression) {
    assertThat(eval(expression, 2L, null)).isEqualTo("null");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"NO_SUCH_FUNCTION(id)", "STR_TO_MAP(name)"})
  void anUnknownFunctionIsAPlanningErrorWithItsPosition(String expression) {
    assertThatThrownBy(() -> eval(expression, 2L, "abc"))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.position().column()).isEqualTo(8);
          assertThat(e.detail()).contains("No match found for function signature");
        });
  }
}
