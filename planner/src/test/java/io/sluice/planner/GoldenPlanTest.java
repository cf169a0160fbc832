package io.sluice.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.SqlPosition;
import io.sluice.common.types.TypeRoot;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.plan.PlanPrinter;
import io.sluice.sql.statement.SqlFragment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden plan tests: for every {@code plans/NAME.sql} the physical plan must equal {@code plans/NAME.plan}. Run with
 * {@code -Dgolden.update=true} to write the plans after an intended change, then review the diff.
 */
class GoldenPlanTest {
  private static final Path DIR = Path.of("src", "test", "resources", "plans");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void physicalPlanMatchesTheGoldenFile(String name) throws IOException {
    String sql = Files.readString(DIR.resolve(name + ".sql")).strip();
    String actual = PlanPrinter.print(new QueryPlanner(catalog()).planQuery(
        new SqlFragment(sql, SqlPosition.START)).root());
    Path golden = DIR.resolve(name + ".plan");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  /**
   * {@code t (id BIGINT, name STRING)}; {@code e (id BIGINT, ts AS ...)}; {@code o (k STRING, g BIGINT, v INT,
   * price DECIMAL)}; {@code w (k STRING, v INT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts -
   * INTERVAL '5' SECOND)}.
   */
  private static Catalog catalog() {
    Catalog catalog = PlannerTestSupport.catalogWithT();
    catalog.create(new TableResolver(catalog).resolve(PlannerTestSupport.createTable("e", List.of(
        PlannerTestSupport.physical("id", TypeRoot.BIGINT),
        PlannerTestSupport.computed("ts",
            "TIMESTAMPADD(SECOND, CAST(id AS INT), TIMESTAMP '2024-01-01 00:00:00')", SqlPosition.START)),
        null)), false);
    catalog.create(new TableResolver(catalog).resolve(PlannerTestSupport.createTable("o", List.of(
        PlannerTestSupport.physical("k", TypeRoot.VARCHAR),
        PlannerTestSupport.physical("g", TypeRoot.BIGINT),
        PlannerTestSupport.physical("v", TypeRoot.INTEGER),
        PlannerTestSupport.physical("price", TypeRoot.DECIMAL)),
        null)), false);
    return PlannerTestSupport.withEvents(catalog);
  }
}
