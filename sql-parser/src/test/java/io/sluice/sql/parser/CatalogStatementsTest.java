package io.sluice.sql.parser;

import static io.sluice.sql.parser.Parsing.parseOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.SqlPosition;
import io.sluice.sql.statement.CreateViewStatement;
import io.sluice.sql.statement.DescribeStatement;
import io.sluice.sql.statement.DropStatement;
import io.sluice.sql.statement.ShowJobsStatement;
import io.sluice.sql.statement.ShowTablesStatement;
import io.sluice.sql.statement.ShowViewsStatement;
import io.sluice.sql.statement.SqlFragment;
import org.junit.jupiter.api.Test;

/** CREATE VIEW, DROP, SHOW and DESCRIBE. */
class CatalogStatementsTest {

  @Test
  void createView() {
    CreateViewStatement view = parseOne("CREATE VIEW big AS SELECT * FROM orders WHERE price > 10;",
        CreateViewStatement.class);

    assertThat(view.name()).isEqualTo("big");
    assertThat(view.query())
        .isEqualTo(new SqlFragment("SELECT * FROM orders WHERE price > 10", new SqlPosition(1, 20)));
    assertThat(view.text()).isEqualTo("CREATE VIEW big AS SELECT * FROM orders WHERE price > 10");
    assertThat(view.temporary()).isFalse();
    assertThat(view.ifNotExists()).isFalse();
  }

  @Test
  void createTemporaryViewIfNotExistsOverSeveralLines() {
    CreateViewStatement view = parseOne(
        "CREATE TEMPORARY VIEW IF NOT EXISTS db.`v 1` AS\n  WITH x AS (SELECT 1)\n  SELECT * FROM x",
        CreateViewStatement.class);

    assertThat(view.name()).isEqualTo("db.v 1");
    assertThat(view.temporary()).isTrue();
    assertThat(view.ifNotExists()).isTrue();
    assertThat(view.query())
        .isEqualTo(new SqlFragment("WITH x AS (SELECT 1)\n  SELECT * FROM x", new SqlPosition(2, 3)));
  }

  @Test
  void dropTableAndView() {
    DropStatement table = parseOne("DROP TABLE orders", DropStatement.class);
    DropStatement view = parseOne("drop temporary view if exists a.b.`c`", DropStatement.class);

    assertThat(table).isEqualTo(
        new DropStatement(SqlPosition.START, "DROP TABLE orders", DropStatement.Kind.TABLE, "orders", false));
    assertThat(view.kind()).isEqualTo(DropStatement.Kind.VIEW);
    assertThat(view.name()).isEqualTo("a.b.c");
    assertThat(view.ifExists()).isTrue();
  }

  @Test
  void show() {
    assertThat(parseOne("SHOW TABLES", ShowTablesStatement.class))
        .isEqualTo(new ShowTablesStatement(SqlPosition.START, "SHOW TABLES"));
    assertThat(parseOne(" show views", ShowViewsStatement.class))
        .isEqualTo(new ShowViewsStatement(new SqlPosition(1, 2), "show views"));
    assertThat(parseOne("SHOW JOBS;", ShowJobsStatement.class))
        .isEqualTo(new ShowJobsStatement(SqlPosition.START, "SHOW JOBS"));
  }

  @Test
  void describeAndDesc() {
    assertThat(parseOne("DESCRIBE orders", DescribeStatement.class).name()).isEqualTo("orders");
    assertThat(parseOne("desc `my orders`", DescribeStatement.class).name()).isEqualTo("my orders");
    assertThat(parseOne("DESC cat.db.t", DescribeStatement.class).name()).isEqualTo("cat.db.t");
  }
}
