package io.sluice.executor.checkpoint.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Names and creates savepoint directories as Flink does: {@code savepoint-<first 6 of job id>-<12 hex>}. */
final class SavepointDirectories {
  private SavepointDirectories() {}

  /**
   * Creates a new savepoint directory under {@code explicit}, or else {@code configured}.
   *
   * @throws IOException when both are null, or the directory cannot be created
   */
  static FileCheckpointLocation create(String explicit, String configured, String jobId) throws IOException {
    String parent = explicit != null ? explicit : configured;
    if (parent == null) {
      throw new IOException("No savepoint directory: name one, or set 'execution.checkpointing.savepoint-dir'");
    }
    String prefix = "savepoint-" + jobId.substring(0, Math.min(6, jobId.length())) + "-";
    for (int attempt = 0; ; attempt++) {
      byte[] random = new byte[6];
      ThreadLocalRandom.current().nextBytes(random);
      try {
        return FileCheckpointLocation.create(Path.of(parent).resolve(prefix + HexFormat.of().formatHex(random)));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }
}
