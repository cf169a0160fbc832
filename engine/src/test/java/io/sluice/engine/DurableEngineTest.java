package io.sluice.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine on a state directory, closed and started again: what comes back, and what does not. */
class DurableEngineTest {
  private static final String CREATE_SRC = "CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen',"
      + " 'rows-per-second' = '5', 'fields.id.min' = '1', 'fields.id.max' = '9')";

  @TempDir
  Path dir;

  @Test
  void theCatalogAndTheRunningJobsComeBackWithTheirOwners() {
    String running;
    String stopped;
    try (SluiceEngine engine = SluiceEngine.start(dir).engine()) {
      Session alice = engine.newSession(new SessionUser("alice", false));
      alice.executeSql(CREATE_SRC);
      alice.executeSql("CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole')");
      alice.executeSql("CREATE TABLE gone (id BIGINT) WITH ('connector' = 'blackhole')");
      alice.executeSql("CREATE TEMPORARY VIEW scratch AS SELECT id FROM src");
      alice.executeSql("CREATE VIEW small AS SELECT id FROM src WHERE id < 5");
      alice.executeSql("DROP TABLE gone");
      alice.executeSql("SET 'parallelism.default' = '2'");
      running = submit(alice, "INSERT INTO sink SELECT id FROM small");
      stopped = submit(alice, "INSERT INTO sink SELECT id FROM src");
      alice.executeSql("STOP JOB '" + stopped + "'");
    }

    SluiceEngine.Started started = SluiceEngine.start(dir);
    try (SluiceEngine engine = started.engine()) {
      assertThat(started.problems()).isEmpty();
      assertThat(engine.catalog().names()).containsExactlyInAnyOrder("src", "sink", "small");
      assertThat(engine.jobs().visibleTo(SessionUser.LOCAL)).extracting(JobHandle::id).containsExactly(running);
      JobHandle resumed = engine.jobs().find(running, new SessionUser("alice", false)).orElseThrow();
      assertThat(resumed.status()).isEqualTo(JobStatus.RUNNING);
      assertThat(engine.jobs().find(running, new SessionUser("bob", false))).isEmpty();
      assertThat(engine.jobs().owner(running)).isEqualTo("alice");
    }
  }

  @Test
  void aResumedJobStartsFromItsLatestCheckpoint() throws Exception {
    Path checkpoints = dir.resolve("checkpoints");
    String jobId;
    try (SluiceEngine engine = SluiceEngine.start(dir.resolve("state")).engine()) {
      Session session = engine.newSession();
      session.executeSql("CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '100',"
          + " 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000000')");
      session.executeSql("CREATE TABLE sink (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '"
          + dir.resolve("out") + "')");
      session.executeSql("SET 'execution.checkpointing.interval' = '100 ms'");
      // A checkpoint that does not complete (the runtime sometimes loses the first one on a loaded machine) is
      // given up after a second and the next one is tried, without failing the job.
      session.executeSql("SET 'execution.checkpointing.timeout' = '1 s'");
      session.executeSql("SET 'execution.checkpointing.tolerable-failed-checkpoints' = '1000'");
      session.executeSql("SET 'execution.checkpointing.dir' = '" + checkpoints + "'");
      session.executeSql("SET 'execution.checkpointing.externalized-checkpoint-retention' = 'RETAIN_ON_CANCELLATION'");
      jobId = submit(session, "INSERT INTO sink SELECT id FROM src");
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!hasCheckpoint(checkpoints.resolve(jobId))) {
        assertThat(System.nanoTime()).as("a checkpoint completed").isLessThan(deadline);
        Thread.sleep(50);
      }
    }
    try (SluiceEngine engine = SluiceEngine.start(dir.resolve("state")).engine()) {
      assertThat(engine.jobs().find(jobId, SessionUser.LOCAL)).isPresent();
    }
    String journal = Files.readString(dir.resolve("state").resolve("jobs.json"));
    assertThat(journal).contains("\"" + CheckpointingOptions.STATE_RECOVERY_PATH.key() + "\" : \""
        + checkpoints.resolve(jobId).resolve("chk-"));
  }

  private static String submit(Session session, String insert) {
    return ((StatementResult.JobSubmitted) session.executeSql(insert)).jobId();
  }

  private static boolean hasCheckpoint(Path jobDirectory) throws Exception {
    if (!Files.isDirectory(jobDirectory)) {
      return false;
    }
    try (var checkpoints = Files.list(jobDirectory)) {
      List<Path> all = checkpoints.toList();
      return all.stream().anyMatch(c -> Files.exists(c.resolve("_metadata")));
    }
  }
}
