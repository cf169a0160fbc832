package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window, temporal and lookup joins from a script run by {@code ./sluice sql -f} as a process: orders at seconds 1
 * to 6 of key 1, rate versions at seconds 2, 4 and 6, and a jdbc table in an H2 file database. The password of
 * the jdbc table shows nowhere.
 */
class StreamingJoinCommandTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final String PASSWORD = "pw-never-shown";

  @TempDir
  Path dir;

  @Test
  void windowTemporalAndLookupJoinsRunFromAScript() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("dims").toAbsolutePath();
    try (Connection database = DriverManager.getConnection(url, "owner", PASSWORD);
        Statement statement = database.createStatement()) {
      statement.execute("CREATE TABLE dims (k INT PRIMARY KEY, name VARCHAR(10))");
      statement.execute("INSERT INTO dims VALUES (1, 'one')");
    }
    String script = """
        CREATE TABLE o (id BIGINT, k INT,
          ts AS TIMESTAMPADD(SECOND, CAST(id AS INT), TIMESTAMP '2024-01-01 00:00:00'), pt AS PROCTIME(),
          WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
        WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1',
          'fields.id.end' = '6', 'fields.k.min' = '1', 'fields.k.max' = '1');
        CREATE TABLE r (id BIGINT, k INT,
          ts AS TIMESTAMPADD(SECOND, CAST(id * 2 AS INT), TIMESTAMP '2024-01-01 00:00:00'),
          PRIMARY KEY (k) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
        WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1',
          'fields.id.end' = '3', 'fields.k.min' = '1', 'fields.k.max' = '1');
        CREATE TABLE dims (k INT, name STRING) WITH ('connector' = 'jdbc', 'url' = '%s',
          'table-name' = 'dims', 'username' = 'owner', 'password' = '%s');
        DESCRIBE dims;
        SELECT 'window', a.id, b.id FROM TABLE(TUMBLE(TABLE o, DESCRIPTOR(ts), INTERVAL '3' SECOND)) AS a
          JOIN TABLE(TUMBLE(TABLE r, DESCRIPTOR(ts), INTERVAL '3' SECOND)) AS b
          ON a.k = b.k AND a.window_start = b.window_start AND a.window_end = b.window_end;
        SELECT 'temporal', o.id, r.id FROM o LEFT JOIN r FOR SYSTEM_TIME AS OF o.ts ON o.k = r.k;
        EXPLAIN SELECT o.id, d.name FROM o JOIN dims FOR SYSTEM_TIME AS OF o.pt AS d ON o.k = d.k;
        SELECT 'lookup', o.id, d.name FROM o JOIN dims FOR SYSTEM_TIME AS OF o.pt AS d ON o.k = d.k;
        """.formatted(url, PASSWORD);
    Files.writeString(dir.resolve("joins.sql"), script);
    ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("sluice").toString(), "sql", "-f", "joins.sql",
        "--format", "csv").directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    builder.environment().put("SLUICE_SKIP_BUILD", "1");
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("sluice sql -f ended").isTrue();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(err + out).isZero();
    assertThat(rows(out, "window")).containsExactlyInAnyOrder("1,1", "2,1", "3,2", "4,2", "5,2", "6,3");
    assertThat(rows(out, "temporal")).containsExactlyInAnyOrder("1,", "2,1", "3,1", "4,2", "5,2", "6,3");
    assertThat(rows(out, "lookup")).containsExactlyInAnyOrder("1,one", "2,one", "3,one", "4,one", "5,one",
        "6,one");
    assertThat(out).contains("LookupJoin(table=[dims], joinType=[InnerJoin], lookup=[k=k]");
    assertThat(out + err).doesNotContain(PASSWORD);
  }

  /** The values after the tag of the CSV rows {@code +I,tag,...}. */
  private static List<String> rows(String csv, String tag) {
    String prefix = "+I," + tag + ",";
    return csv.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
  }
}
