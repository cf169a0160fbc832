package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.engine.Session;
import io.sluice.engine.SessionUser;
import io.sluice.engine.SluiceEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SHOW JOBS shows each job's state backend, its state size at the last checkpoint, and what that checkpoint wrote:
 * with RocksDB's incremental checkpoints of a state that stops growing, much less than the state. DESCRIBE JOB
 * shows the same for one job, with its settings, to its owner only.
 */
class StateBackendShowJobsTest {
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void showJobsAndDescribeJobShowTheBackendAndTheLastCheckpointsSizes() throws Exception {
    String job = SqlJobs.run(session, "SET 'state.backend.type' = 'rocksdb';"
        + "SET 'execution.checkpointing.incremental' = 'true';"
        + "SET 'execution.checkpointing.interval' = '100 ms';"
        + "SET 'execution.checkpointing.dir' = '" + dir.resolve("checkpoints") + "';"
        + "SET 'state.backend.rocksdb.localdir' = '" + dir.resolve("rocksdb") + "';"
        // 20,000 keys at first, then the same keys counted again: the state stops growing.
        + "CREATE TABLE seq (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence',"
        + " 'fields.id.start' = '0', 'fields.id.end' = '9999999', 'rows-per-second' = '20000');"
        + "CREATE TABLE sink (k BIGINT, c BIGINT) WITH ('connector' = 'blackhole');"
        + "INSERT INTO sink SELECT MOD(id, 20000), COUNT(*) FROM seq GROUP BY MOD(id, 20000);");

    SqlJobs.awaitCheckpoints(session, job, 3, Duration.ofSeconds(120));
    assertThat(SqlJobs.job(session, job)).containsEntry("state backend", "rocksdb");
    // A checkpoint right after a compaction may write nearly everything; most write a small part.
    Map<String, String> shown = SqlJobs.await(session, job, Duration.ofSeconds(120), row -> {
      if (row.get("state size (bytes)").isEmpty()) {
        return false;
      }
      long state = Long.parseLong(row.get("state size (bytes)"));
      long written = Long.parseLong(row.get("checkpoint size (bytes)"));
      return state > 0 && written > 0 && written < state / 2;
    });
    assertThat(Long.parseLong(shown.get("checkpoint size (bytes)"))).isPositive();

    Map<String, String> described = SqlJobs.describe(session, job);
    assertThat(described).containsEntry("job id", job).containsEntry("status", "RUNNING")
        .containsEntry("state backend", "rocksdb").containsEntry("execution.checkpointing.incremental", "true")
        .containsEntry("execution.checkpointing.interval", "100 ms").containsEntry("owner", "local");
    long state = Long.parseLong(described.get("state size (bytes)"));
    long written = Long.parseLong(described.get("checkpoint size (bytes)"));
    assertThat(state).isPositive();
    assertThat(written).isPositive().isLessThanOrEqualTo(state);
    assertThat(described.get("last checkpoint")).matches("\\d+ at .*");
    assertThatThrownBy(() -> engine.newSession(new SessionUser("mallory", false))
        .executeSql("DESCRIBE JOB '" + job + "'"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_JOB));
    session.executeSql("STOP JOB '" + job + "'");
  }
}
