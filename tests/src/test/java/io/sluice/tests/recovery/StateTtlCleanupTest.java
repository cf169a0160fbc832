package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code table.exec.state.ttl}, the state of keys that stop coming is removed while the job goes on with
 * other keys, and SHOW JOBS' state size shrinks. On RocksDB with incremental checkpoints the state size is the size
 * of the SST files, so only entries really deleted (by the incremental TTL cleanup, then RocksDB's compaction)
 * make it shrink: expired entries nobody reads would otherwise stay in the files for good.
 */
class StateTtlCleanupTest {
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void stateOfKeysThatStopComingIsRemovedAndTheStateSizeShrinks() throws Exception {
    String job = SqlJobs.run(session, "SET 'state.backend.type' = 'rocksdb';"
        + "SET 'execution.checkpointing.incremental' = 'true';"
        + "SET 'execution.checkpointing.interval' = '100 ms';"
        + "SET 'execution.checkpointing.dir' = '" + dir.resolve("checkpoints") + "';"
        + "SET 'state.backend.rocksdb.localdir' = '" + dir.resolve("rocksdb") + "';"
        + "SET 'table.exec.state.ttl' = '2 s';"
        // 30,000 keys in the first 1.5 s, then only keys 0 to 9, over and over.
        + "CREATE TABLE seq (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence',"
        + " 'fields.id.start' = '0', 'fields.id.end' = '9999999', 'rows-per-second' = '20000');"
        + "CREATE TABLE sink (k BIGINT, c BIGINT) WITH ('connector' = 'blackhole');"
        + "INSERT INTO sink SELECT CASE WHEN id < 30000 THEN id ELSE MOD(id, 10) END AS k, COUNT(*) FROM seq"
        + " GROUP BY CASE WHEN id < 30000 THEN id ELSE MOD(id, 10) END;");

    // The state of 30,000 keys: tens of kilobytes at least, whatever RocksDB's compression.
    Map<String, String> full = SqlJobs.await(session, job, Duration.ofSeconds(120),
        row -> stateSize(row) > 50_000 && Long.parseLong(row.get("rows in")) > 30_000);
    long peak = stateSize(full);
    // Two seconds after the last write of the 30,000 keys they expire; the cleanup deletes them as rows of keys
    // 0 to 9 go on, and RocksDB's compactions drop them from the files that the checkpoints hold.
    Map<String, String> cleaned = SqlJobs.await(session, job, Duration.ofSeconds(120),
        row -> stateSize(row) > 0 && stateSize(row) < peak / 4);
    assertThat(cleaned.get("status")).isEqualTo("RUNNING");
    session.executeSql("STOP JOB '" + job + "'");
  }

  private static long stateSize(Map<String, String> row) {
    String size = row.get("state size (bytes)");
    return size.isEmpty() ? 0 : Long.parseLong(size);
  }
}
