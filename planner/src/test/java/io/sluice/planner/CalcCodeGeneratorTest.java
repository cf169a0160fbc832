package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.catalogWithT;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.function.ProjectFilter;
import io.sluice.planner.codegen.CodeCompiler;
import io.sluice.planner.codegen.RuntimeDataContext;
import io.sluice.planner.plan.CalcNode;
import org.junit.jupiter.api.Test;

/** The generated code compiles and computes what SQL says, nulls included. */
class CalcCodeGeneratorTest {
  private final QueryPlanner planner = new QueryPlanner(catalogWithT());

  private ProjectFilter compile(String query) {
    CalcNode calc = (CalcNode) planner.planQuery(sql(query)).root();
    return CodeCompiler.instantiate(calc.code(), ProjectFilter.class, new RuntimeDataContext());
  }

  @Test
  void filtersAndProjects() {
    ProjectFilter f = compile("SELECT id, id * 2 AS twice FROM t WHERE MOD(id, 100) = 0");
    assertThat(f.apply(new Object[] {200L, "x"})).containsExactly(200L, 400L);
    assertThat(f.apply(new Object[] {201L, "x"})).isNull();
    assertThat(f.apply(new Object[] {null, "x"})).isNull();
  }

  @Test
  void stringFunctionsCaseAndCast() {
    ProjectFilter f = compile("SELECT UPPER(name) || '!', CHAR_LENGTH(name), "
        + "CASE WHEN id > 10 THEN 'big' ELSE 'small' END, CAST(id AS VARCHAR), SUBSTRING(name, 2, 2) FROM t");
    assertThat(f.apply(new Object[] {42L, "abcd"})).containsExactly("ABCD!", 4, "big", "42", "bc");
    assertThat(f.apply(new Object[] {1L, null})).containsExactly(null, null, "small", "1", null);
  }

  @Test
  void timestampArithmetic() {
    ProjectFilter f = compile(
        "SELECT TIMESTAMPADD(SECOND, CAST(id AS INT), TIMESTAMP '2024-01-01 00:00:00') FROM t");
    long base = java.time.LocalDateTime.parse("2024-01-01T00:00:00").toInstant(java.time.ZoneOffset.UTC)
        .toEpochMilli();
    assertThat(f.apply(new Object[] {5L, "a"})).containsExactly(base + 5000);
  }

  @Test
  void modOfIntegersOfDifferentTypesKeepsTheSignOfTheDividendAndRunsOnLongs() {
    String query = "SELECT MOD(id, 10), MOD(CAST(id AS INT), 3000000000), "
        + "MOD(CAST(id AS SMALLINT), CAST(7 AS TINYINT)) FROM t WHERE MOD(id, 10) <> 0";
    ProjectFilter f = compile(query);
    assertThat(f.apply(new Object[] {-13L, "x"})).containsExactly(-3, -13L, (byte) -6);
    assertThat(f.apply(new Object[] {1234L, "x"})).containsExactly(4, 1234L, (byte) 2);
    assertThat(f.apply(new Object[] {20L, "x"})).isNull();
    assertThat(f.apply(new Object[] {null, "x"})).isNull();
    CalcNode calc = (CalcNode) planner.planQuery(sql(query)).root();
    assertThat(calc.code().source()).doesNotContain("BigDecimal");
  }
}
