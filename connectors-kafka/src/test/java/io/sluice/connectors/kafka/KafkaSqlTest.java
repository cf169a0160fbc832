package io.sluice.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.engine.QueryHandle;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka connectors through SQL, as users run them, against a real broker. */
class KafkaSqlTest {
  private final EmbeddedKafka kafka = EmbeddedKafka.get();
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @TempDir
  Path checkpoints;

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aSelectReadsTheTopicWithTheRecordTimestampAsEventTime() throws Exception {
    String topic = KafkaTables.newTopic("select");
    kafka.createTopic(topic, 2);
    KafkaTestClients.produceValues(topic, 0, List.of("{\"id\": 1, \"name\": \"a\"}", "{\"id\": 3, \"name\": \"c\"}"));
    KafkaTestClients.produceValues(topic, 1, List.of("{\"id\": 2, \"name\": \"b\"}"));

    List<Row> rows = query("SET 'parallelism.default' = '2';"
        + "CREATE TABLE events (id BIGINT, name STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ("
        + "'connector' = 'kafka', 'topic' = '" + topic + "', " + servers() + ", 'format' = 'json', "
        + "'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset', "
        + "'timestamp-field' = 'ts');"
        + "SELECT id, UPPER(name), ts IS NOT NULL FROM events;");

    assertThat(rows).extracting(row -> Arrays.asList(row.fields())).containsExactlyInAnyOrder(
        List.of(1L, "A", true), List.of(2L, "B", true), List.of(3L, "C", true));
  }

  @Test
  void anExactlyOnceSinkWritesEveryRowOnceAcrossInjectedFailures() throws Exception {
    long rows = 1_000_000;
    String topic = KafkaTables.newTopic("eos");
    kafka.createTopic(topic, 2);
    String failAt = LongStream.rangeClosed(1, 5).mapToObj(i -> String.valueOf(i * rows / 6))
        .collect(Collectors.joining(";"));
    run(checkpointingEvery100Ms()
        + "CREATE TABLE numbers (id BIGINT, name STRING) WITH ('connector' = 'failing-sequence', "
        + "'rows' = '" + rows + "', 'fail-at' = '" + failAt + "', 'failure-key' = '" + topic + "');"
        + "CREATE TABLE out_topic (id BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '" + topic
        + "', " + servers() + ", 'format' = 'csv', 'sink.delivery-guarantee' = 'exactly-once', "
        + "'sink.transactional-id-prefix' = '" + topic + "');"
        + "INSERT INTO out_topic SELECT id, name FROM numbers;");

    // A generous limit, for loaded machines: no speed is asserted.
    assertThat(engine.awaitJobs(Duration.ofMinutes(5))).as("the job finishes").isTrue();
    assertThat(FailingSequenceConnectorFactory.FAILED).filteredOn(f -> f.startsWith(topic + "/")).hasSize(5);
    List<ConsumerRecord<String, String>> committed = KafkaTestClients.awaitCommitted(topic, (int) rows);
    long[] ids = committed.stream().mapToLong(r -> Long.parseLong(r.value().split(",")[0])).sorted().toArray();
    assertThat(ids).as("every row exactly once").isEqualTo(LongStream.rangeClosed(1, rows).toArray());
    assertThat(committed).allMatch(r -> r.value().equals(r.value().split(",")[0] + ",n" + r.value().split(",")[0]));
  }

  @Test
  void aKafkaSourceRestoredAfterFailuresResumesAtItsCheckpointedOffsets() throws Exception {
    int records = 200_000;
    String in = KafkaTables.newTopic("restore-in");
    String out = KafkaTables.newTopic("restore-out");
    kafka.createTopic(in, 3);
    kafka.createTopic(out, 1);
    for (int partition = 0; partition < 3; partition++) {
      int p = partition;
      KafkaTestClients.produceValues(in, partition, LongStream.range(0, records).filter(i -> i % 3 == p)
          .mapToObj(i -> i + ",n" + i).toList());
    }
    String failAt = LongStream.rangeClosed(1, 5).mapToObj(i -> String.valueOf(i * records / 6))
        .collect(Collectors.joining(";"));
    // One job, two pipelines: a failure in either restarts both, so the Kafka source restarts from its
    // checkpointed offsets while it is in the middle of its partitions.
    run(checkpointingEvery100Ms()
        + "CREATE TABLE numbers (id BIGINT, name STRING) WITH ('connector' = 'failing-sequence', "
        + "'rows' = '" + records + "', 'fail-at' = '" + failAt + "', 'failure-key' = '" + in + "');"
        + "CREATE TABLE drain (id BIGINT, name STRING) WITH ('connector' = 'blackhole');"
        + "CREATE TABLE source_topic (id BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '" + in
        + "', " + servers() + ", 'format' = 'csv', 'scan.startup.mode' = 'earliest-offset', "
        + "'scan.bounded.mode' = 'latest-offset');"
        + "CREATE TABLE copy_topic (id BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '" + out
        + "', " + servers() + ", 'format' = 'csv', 'sink.delivery-guarantee' = 'exactly-once', "
        + "'sink.transactional-id-prefix' = '" + out + "');"
        + "EXECUTE STATEMENT SET BEGIN "
        + "INSERT INTO copy_topic SELECT id, name FROM source_topic; "
        + "INSERT INTO drain SELECT id, name FROM numbers; "
        + "END;");

    // A generous limit, for loaded machines: no speed is asserted.
    assertThat(engine.awaitJobs(Duration.ofMinutes(5))).as("the job finishes").isTrue();
    assertThat(FailingSequenceConnectorFactory.FAILED).filteredOn(f -> f.startsWith(in + "/")).hasSize(5);
    long[] ids = KafkaTestClients.awaitCommitted(out, records).stream()
        .mapToLong(r -> Long.parseLong(r.value().split(",")[0])).sorted().toArray();
    assertThat(ids).as("every record copied exactly once").isEqualTo(LongStream.range(0, records).toArray());
  }

  @Test
  void aJobStartedFromASavepointResumesTheKafkaSourceAtItsOffsets() throws Exception {
    String in = KafkaTables.newTopic("savepoint-in");
    String out = KafkaTables.newTopic("savepoint-out");
    kafka.createTopic(in, 2);
    kafka.createTopic(out, 1);
    fillCsv(in, 0, 50_000);
    run("SET 'parallelism.default' = '2';"
        + "SET 'execution.checkpointing.interval' = '100 ms';"
        + "SET 'execution.checkpointing.savepoint-dir' = '" + checkpoints.resolve("savepoints") + "';"
        // The runtime may trigger a job's first checkpoint before its sources start, which then never join it:
        // let such a checkpoint expire soon rather than block the others for the default ten minutes.
        + "SET 'execution.checkpointing.timeout' = '3 s';"
        + "SET 'execution.checkpointing.tolerable-failed-checkpoints' = '1000';"
        + "CREATE TABLE source_topic (id BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '" + in
        + "', " + servers() + ", 'format' = 'csv', 'scan.startup.mode' = 'earliest-offset');"
        + "CREATE TABLE copy_topic (id BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '" + out
        + "', " + servers() + ", 'format' = 'csv', 'sink.delivery-guarantee' = 'exactly-once', "
        + "'sink.transactional-id-prefix' = '" + out + "');");
    String copy = "INSERT INTO copy_topic SELECT id, name FROM source_topic";
    String first = ((StatementResult.JobSubmitted) session.executeSql(copy)).jobId();
    Awaitility.await().atMost(Duration.ofMinutes(2))
        .until(() -> !KafkaTestClients.readAll(out, "read_committed").isEmpty());
    var stopped = (StatementResult.Table) session.executeSql("STOP JOB '" + first + "' WITH SAVEPOINT");
    String savepoint = stopped.rows().get(0).get(0);

    // More records arrive while the job is stopped; the job started from the savepoint copies the rest.
    fillCsv(in, 50_000, 100_000);
    session.executeSql("SET 'execution.state-recovery.path' = '" + savepoint + "'");
    session.executeSql(copy);

    long[] ids = KafkaTestClients.awaitCommitted(out, 100_000).stream()
        .mapToLong(r -> Long.parseLong(r.value().split(",")[0])).sorted().toArray();
    assertThat(ids).as("no gap, no repeat").isEqualTo(LongStream.range(0, 100_000).toArray());
  }

  @Test
  void anUpsertKafkaTableRoundTripsUpdatesAndDeletes() throws Exception {
    String topic = KafkaTables.newTopic("upsert");
    kafka.createCompactedTopic(topic, 2);
    run("SET 'parallelism.default' = '2';"
        + "CREATE TABLE numbers (id BIGINT, name STRING) WITH ('connector' = 'failing-sequence', 'rows' = '95');"
        + "CREATE TABLE counts (k BIGINT, n BIGINT, PRIMARY KEY (k) NOT ENFORCED) WITH ("
        + "'connector' = 'upsert-kafka', 'topic' = '" + topic + "', " + servers() + ", "
        + "'key.format' = 'json', 'value.format' = 'json', 'scan.bounded.mode' = 'latest-offset');"
        // Keys 1..5 reach 10 rows and are deleted (the update from 9 to 10 is filtered out); the others stay at 9.
        + "INSERT INTO counts SELECT k, n FROM (SELECT MOD(id, 10) AS k, COUNT(*) AS n FROM numbers "
        + "GROUP BY MOD(id, 10)) WHERE n < 10;");
    assertThat(engine.awaitJobs(Duration.ofMinutes(1))).isTrue();

    List<ConsumerRecord<String, String>> records = KafkaTestClients.awaitCommitted(topic, 1);
    assertThat(records).as("deletes are tombstones").anyMatch(r -> r.value() == null)
        .allMatch(r -> r.key() != null && r.key().startsWith("{\"k\":"));

    List<Row> changelog = query("SELECT k, n FROM counts;");
    Map<Long, Long> table = new HashMap<>();
    for (Row row : changelog) {
      if (row.kind() == RowKind.INSERT || row.kind() == RowKind.UPDATE_AFTER) {
        table.put((Long) row.field(0), (Long) row.field(1));
      } else {
        assertThat(table.remove((Long) row.field(0))).as("a retraction of a row that is there").isNotNull();
      }
    }
    assertThat(table).isEqualTo(Map.of(0L, 9L, 6L, 9L, 7L, 9L, 8L, 9L, 9L, 9L));
  }

  @Test
  void anUpsertKafkaTableIsReadAsAChangelogThatAggregationsTakeBack() throws Exception {
    String topic = KafkaTables.newTopic("upsert-read");
    kafka.createCompactedTopic(topic, 2);
    // Three versions of key 1, two of key 2, key 3 written then deleted: the table ends as {1: 30, 2: 5}.
    KafkaTestClients.produce(topic, 0, List.of(
        new String[] {"{\"k\":1}", "{\"k\":1,\"n\":10}"}, new String[] {"{\"k\":1}", "{\"k\":1,\"n\":20}"},
        new String[] {"{\"k\":3}", "{\"k\":3,\"n\":99}"}, new String[] {"{\"k\":1}", "{\"k\":1,\"n\":30}"},
        new String[] {"{\"k\":3}", null}));
    KafkaTestClients.produce(topic, 1, List.of(
        new String[] {"{\"k\":2}", "{\"k\":2,\"n\":50}"}, new String[] {"{\"k\":2}", "{\"k\":2,\"n\":5}"}));
    run("SET 'parallelism.default' = '2';"
        + "CREATE TABLE latest (k BIGINT, n BIGINT, PRIMARY KEY (k) NOT ENFORCED) WITH ("
        + "'connector' = 'upsert-kafka', 'topic' = '" + topic + "', " + servers() + ", "
        + "'key.format' = 'json', 'value.format' = 'json', 'scan.bounded.mode' = 'latest-offset');"
        + "CREATE TABLE appended (k BIGINT, n BIGINT) WITH ('connector' = 'filesystem', 'path' = '"
        + checkpoints.resolve("appended") + "', 'format' = 'csv');");

    // MAX, MIN and COUNT over the changelog see only the rows the table holds in the end.
    List<Row> changelog = query("SELECT COUNT(*), MAX(n), MIN(n), SUM(n) FROM latest;");
    Row last = changelog.get(changelog.size() - 1);
    assertThat(last.kind()).isIn(RowKind.INSERT, RowKind.UPDATE_AFTER);
    assertThat(Arrays.asList(last.fields())).containsExactly(2L, 30L, 5L, 35L);
    assertThat(changelog).as("earlier versions were taken back").anyMatch(r -> r.kind() == RowKind.UPDATE_BEFORE);

    assertThat(session.executeSql("EXPLAIN SELECT k, n FROM latest").toString())
        .contains("TableSourceScan(table=[latest]").contains("changelogMode=[I,UB,UA,D]");
    assertThatThrownBy(() -> run("INSERT INTO appended SELECT k, n FROM latest;"))
        .hasMessageContaining("appended");
  }

  @Test
  void classLoadingAndInlineCredentialPropertiesAreRefusedWithoutShowingTheirValues() {
    String create = "CREATE TABLE t (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'x', " + servers()
        + ", 'format' = 'csv', 'scan.startup.mode' = 'earliest-offset', ";
    assertThatThrownBy(() -> run(create + "'properties.sasl.jaas.config' = 'secret-password-42');"))
        .hasMessageContaining("'properties.sasl.jaas.config' is not allowed")
        .hasMessageNotContaining("secret-password-42");
    assertThatThrownBy(() -> run(create + "'properties.interceptor.classes' = 'evil.Interceptor');"))
        .hasMessageContaining("it loads classes").hasMessageNotContaining("evil.Interceptor");
    assertThatThrownBy(() -> run(create + "'properties.config.providers' = 'file');"))
        .hasMessageContaining("not allowed");
  }

  /** Writes records {@code id,n<id>} for ids in [from, to), spread over the topic's two partitions. */
  private static void fillCsv(String topic, long from, long to) {
    for (int partition = 0; partition < 2; partition++) {
      int p = partition;
      KafkaTestClients.produceValues(topic, partition, LongStream.range(from, to).filter(i -> i % 2 == p)
          .mapToObj(i -> i + ",n" + i).toList());
    }
  }

  /** Parallelism 2, a checkpoint every 100 ms, and restarts after failures. */
  private String checkpointingEvery100Ms() {
    return "SET 'parallelism.default' = '2';"
        + "SET 'execution.checkpointing.interval' = '100 ms';"
        + "SET 'execution.checkpointing.dir' = '" + checkpoints + "';"
        + "SET 'restart-strategy.type' = 'fixed-delay';"
        + "SET 'restart-strategy.fixed-delay.attempts' = '20';"
        + "SET 'restart-strategy.fixed-delay.delay' = '10 ms';";
  }

  private String servers() {
    return "'properties.bootstrap.servers' = '" + kafka.bootstrapServers() + "'";
  }

  private void run(String script) {
    for (var statement : session.parse(script)) {
      session.execute(statement);
    }
  }

  /** Runs a script; returns every row of its last statement, a query that ends. */
  private List<Row> query(String script) throws InterruptedException {
    List<Row> rows = new ArrayList<>();
    for (var statement : session.parse(script)) {
      if (session.execute(statement) instanceof StatementResult.Query result) {
        QueryHandle handle = result.handle();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!handle.isEnded()) {
          assertThat(System.nanoTime()).as("the query ends").isLessThan(deadline);
          Row row = handle.poll(Duration.ofMillis(100));
          if (row != null) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }
}
