package io.sluice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.server.ServerSettings;
import io.sluice.server.SluiceServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sluice sql --endpoint host:port}: the same script runner, against a server. */
class EndpointTest {
  private static final String CREATE_T = "CREATE TABLE t (id BIGINT, name STRING) WITH ('connector' = 'datagen',"
      + " 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '5', 'fields.name.length' = '2');";

  private SluiceServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws Exception {
    server = SluiceServer.start(new ServerSettings(ServerSettings.LOOPBACK, 0, null, null, null, null));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int sluice(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private String endpoint() {
    return "127.0.0.1:" + server.port();
  }

  @Test
  void aScriptRunsOnTheServerAndItsQueryPrintsAsLocally() {
    int exit = sluice("sql", "--endpoint", endpoint(), "--format", "csv", "-e",
        CREATE_T + "\nSELECT id, id * 10 AS tens FROM t WHERE id > 2;");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString().lines().toList()).containsExactly("op,id,tens", "+I,3,30", "+I,4,40", "+I,5,50");
    assertThat(err.toString()).contains("[INFO] Table 't' has been created.");
  }

  @Test
  void theCatalogAndJobsStayOnTheServerBetweenCommands() {
    assertThat(sluice("sql", "--endpoint", endpoint(), "-e",
        CREATE_T + "CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole');\n"
            + "INSERT INTO sink SELECT id FROM t;")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("[INFO] Submitted job ");

    assertThat(sluice("sql", "--endpoint", endpoint(), "-e", "SHOW TABLES; SHOW JOBS;")).isZero();
    assertThat(out.toString()).contains("| sink ", "INSERT INTO sink SELECT id FROM t");
  }

  @Test
  void anErrorPointsIntoTheScript() {
    int exit = sluice("sql", "--endpoint", endpoint(), "-e", CREATE_T + "\nSELECT 1;\nSELECT nope FROM t;");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("<command line>:3:8: ").contains("nope");
  }

  @Test
  void anUnreachableServerIsReported() {
    server.close();
    int exit = sluice("sql", "--endpoint", endpoint(), "-e", "SHOW TABLES;");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("sluice: Cannot connect to " + endpoint());
  }
}
