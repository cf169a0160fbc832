package io.sluice.executor.checkpoint.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.config.CheckpointStorageType;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.ExternalizedCheckpointRetention;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStorageSettingsTest {
  @TempDir
  Path dir;

  @Test
  void jobmanagerUnlessADirectoryIsSet() {
    Configuration conf = new Configuration();
    CheckpointStorageSettings settings = CheckpointStorageSettings.fromConfig(conf);
    assertThat(settings.type()).isEqualTo(CheckpointStorageType.JOBMANAGER);
    assertThat(settings.createStorage("job")).isInstanceOf(MemoryCheckpointStorage.class);

    conf.set(CheckpointingOptions.DIRECTORY, dir.toString());
    conf.set(CheckpointingOptions.NUM_RETAINED, "3");
    conf.set(CheckpointingOptions.EXTERNALIZED_RETENTION, "RETAIN_ON_CANCELLATION");
    settings = CheckpointStorageSettings.fromConfig(conf);
    assertThat(settings).isEqualTo(new CheckpointStorageSettings(CheckpointStorageType.FILESYSTEM, dir.toString(),
        null, 3, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION));
    assertThat(((FileCheckpointStorage) settings.createStorage("job-9")).jobDirectory())
        .isEqualTo(dir.resolve("job-9"));

    conf.set(CheckpointingOptions.STORAGE, "jobmanager");
    assertThat(CheckpointStorageSettings.fromConfig(conf).type()).isEqualTo(CheckpointStorageType.JOBMANAGER);
  }

  @Test
  void filesystemNeedsADirectory() {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.STORAGE, "filesystem");
    assertThatThrownBy(() -> CheckpointStorageSettings.fromConfig(conf))
        .hasMessageContaining("'execution.checkpointing.dir' is not set");
  }
}
