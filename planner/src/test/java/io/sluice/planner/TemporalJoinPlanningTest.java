package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.physical;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.SqlPosition;
import io.sluice.common.types.TypeRoot;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.plan.PlanPrinter;
import io.sluice.sql.statement.CreateTableStatement;
import io.sluice.sql.statement.SqlFragment;
import io.sluice.sql.statement.WatermarkDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Joins {@code FOR SYSTEM_TIME AS OF} over {@code w (k, v, ts, pt, WATERMARK FOR ts)}: a versioned table
 * {@code rates (k, rate, ts, PRIMARY KEY (k), WATERMARK FOR ts)} by event time, a {@code jdbc} table {@code dims (k,
 * name)} by processing time, and the joins each refuses, with the reason; and window joins.
 */
class TemporalJoinPlanningTest {
  private final QueryPlanner planner = new QueryPlanner(catalog());

  @Test
  void anEventTimePeriodJoinsTheVersionedTable() {
    String plan = explain("SELECT w.k, r.rate FROM w LEFT JOIN rates FOR SYSTEM_TIME AS OF w.ts AS r "
        + "ON w.k = r.k AND r.rate > w.v");

    assertThat(plan).contains("TemporalJoin(joinType=[LeftOuterJoin], where=[AND(=(k, k), >(rate, v))], "
        + "leftKeys=[k], rightKeys=[k], asOf=[ts], versionTime=[ts], changelogMode=[I])");
  }

  @Test
  void aProcessingTimePeriodLooksTheTableUpWithoutShowingItsOptions() {
    String plan = explain("SELECT w.k, d.name FROM w JOIN dims FOR SYSTEM_TIME AS OF w.pt AS d ON w.k = d.k");

    assertThat(plan).contains("LookupJoin(table=[dims], joinType=[InnerJoin], lookup=[k=k], where=[=(k, k)], "
        + "changelogMode=[I])").doesNotContain("secret").doesNotContain("TableSourceScan(table=[dims]");
  }

  @Test
  void aVersionedTableNeedsAPrimaryKey() {
    assertThatThrownBy(() -> explain("SELECT * FROM w AS a JOIN w FOR SYSTEM_TIME AS OF a.ts AS b ON a.k = b.k"))
        .hasMessageContaining("The event-time JOIN FOR SYSTEM_TIME AS OF ts ON =(k, k) needs a versioned table")
        .hasMessageContaining("declare a PRIMARY KEY");
  }

  @Test
  void aVersionedTableNeedsAnEventTime() {
    assertThatThrownBy(() -> explain("SELECT * FROM w JOIN dims FOR SYSTEM_TIME AS OF w.ts AS d ON w.k = d.k"))
        .hasMessageContaining("needs a versioned table on the right: one with a WATERMARK");
  }

  @Test
  void theJoinMustCoverTheWholePrimaryKey() {
    assertThatThrownBy(() -> explain("SELECT * FROM w JOIN rates FOR SYSTEM_TIME AS OF w.ts AS r "
        + "ON w.v = r.rate"))
        .hasMessageContaining("must join on the whole primary key of the versioned table: [k]");
  }

  @Test
  void thePeriodMustBeATimeAttribute() {
    assertThatThrownBy(() -> explain("SELECT * FROM (SELECT k, CAST(ts AS TIMESTAMP(3)) + INTERVAL '1' SECOND "
        + "AS t FROM w) AS x JOIN rates FOR SYSTEM_TIME AS OF x.t AS r ON x.k = r.k"))
        .hasMessageContaining("must read the table as of a time attribute of the left input");
  }

  @Test
  void aLookupJoinNeedsAnEquality() {
    assertThatThrownBy(() -> explain("SELECT * FROM w JOIN dims FOR SYSTEM_TIME AS OF w.pt AS d ON w.k > d.k"))
        .hasMessageContaining("needs an equality between a column of each side");
  }

  @Test
  void windowsJoinedOnTheirBoundsMakeAnInsertOnlyWindowJoin() {
    String plan = explain("SELECT a.k, b.v FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS a "
        + "FULL JOIN TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS b "
        + "ON a.k = b.k AND a.window_start = b.window_start AND a.window_end = b.window_end");

    assertThat(plan).contains("WindowJoin(joinType=[FullOuterJoin]").contains("window=[window_end = window_end]")
        .contains("changelogMode=[I]");
  }

  @Test
  void windowAggregationsJoinedOnTheirWindowsMakeAWindowJoin() {
    String perKey = "SELECT k, window_start, window_end, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), "
        + "INTERVAL '1' MINUTE)) GROUP BY k, window_start, window_end";
    String plan = explain("SELECT a.k, a.n, b.n FROM (" + perKey + ") AS a JOIN (" + perKey + ") AS b "
        + "ON a.k = b.k AND a.window_start = b.window_start AND a.window_end = b.window_end");

    assertThat(plan).contains("WindowJoin(joinType=[InnerJoin]").contains("WindowAggregate");
  }

  @Test
  void windowsJoinedOnOnlyTheirStartsMakeARegularJoin() {
    String plan = explain("SELECT a.k FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS a "
        + "LEFT JOIN TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS b "
        + "ON a.k = b.k AND a.window_start = b.window_start");

    assertThat(plan).contains("Join(joinType=[LeftOuterJoin]").doesNotContain("WindowJoin")
        .contains("changelogMode=[I,D]");
  }

  private String explain(String query) {
    return PlanPrinter.print(planner.planQuery(sql(query)).root());
  }

  private static Catalog catalog() {
    Catalog catalog = PlannerTestSupport.withEvents(PlannerTestSupport.catalogWithT());
    catalog.create(new TableResolver(catalog).resolve(new CreateTableStatement(SqlPosition.START,
        "CREATE TABLE rates", "rates", List.of(physical("k", TypeRoot.VARCHAR), physical("rate", TypeRoot.INTEGER),
        physical("ts", TypeRoot.TIMESTAMP)), new WatermarkDefinition("ts", new SqlFragment("ts", SqlPosition.START)),
        List.of("k"), Map.of("connector", "datagen"), false, false)), false);
    catalog.create(new TableResolver(catalog).resolve(new CreateTableStatement(SqlPosition.START,
        "CREATE TABLE dims", "dims", List.of(physical("k", TypeRoot.VARCHAR), physical("name", TypeRoot.VARCHAR)),
        null, List.of(), Map.of("connector", "jdbc", "url", "jdbc:h2:mem:x", "password", "secret"), false, false)),
        false);
    return catalog;
  }
}
