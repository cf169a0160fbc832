package io.sluice.state.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.FilledState;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.internal.KeyedSnapshotFormat;
import io.sluice.state.internal.RegisteredStateMeta;
import io.sluice.state.serde.StringSerializer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.StringAppendOperator;

/** Native checkpoints: complete, self-describing, and sharing their SST files with the previous one. */
class RocksDbCheckpointTest {
  @TempDir
  Path localDir;

  @TempDir
  Path checkpoints;

  private RocksDbKeyedStateBackend open() {
    return new RocksDbKeyedStateBackend(
        KeyedBackendParameters.of(StringSerializer.INSTANCE, KeyGroupRange.all(128), 128),
        new RocksDbBackendOptions(localDir, 8L << 20));
  }

  @Test
  void checkpointsAreCompleteAndIncremental() throws Exception {
    SharedSstRegistry registry = new SharedSstRegistry();
    try (RocksDbKeyedStateBackend backend = open()) {
      FilledState.fill(backend);
      RocksDbCheckpoint first = backend.checkpoint(checkpoints.resolve("chk-1"));
      assertThat(first.sstFiles()).as("one flushed file per state").hasSize(5);
      assertThat(countEntries(first.directory())).isEqualTo(6L * FilledState.KEYS);
      assertThat(registry.filesToUpload(1, first.sstFiles())).containsExactlyElementsOf(first.sstFiles());
      registry.completed(1, first.sstFiles());

      backend.setCurrentKey("one more key");
      backend.getState(FilledState.VALUE).update(1L);
      RocksDbCheckpoint second = backend.checkpoint(checkpoints.resolve("chk-2"));
      assertThat(countEntries(second.directory())).isEqualTo(6L * FilledState.KEYS + 1);
      Set<String> upload = registry.filesToUpload(2, second.sstFiles());
      assertThat(upload).as("only the value state changed").hasSize(1);
      assertThat(second.sstFiles()).containsAll(first.sstFiles()).hasSize(6);
      registry.completed(2, second.sstFiles());
      assertThat(registry.retainLatest(1)).as("every file of the first is in the second").isEmpty();
      assertThat(registry.retainedCheckpoints()).containsExactly(2L);
    }
    assertThat(countEntries(checkpoints.resolve("chk-1"))).as("hard links outlive the backend's directory")
        .isEqualTo(6L * FilledState.KEYS);
  }

  @Test
  void metadataDescribesTheStates() throws IOException {
    try (RocksDbKeyedStateBackend backend = open()) {
      FilledState.fill(backend);
      RocksDbCheckpoint checkpoint = backend.checkpoint(checkpoints.resolve("chk"));
      try (InputStream file = Files.newInputStream(checkpoint.directory().resolve(RocksDbCheckpoint.METADATA_FILE));
          DataInputStream in = new DataInputStream(file)) {
        assertThat(in.readInt()).isEqualTo(RocksDbCheckpoint.MAGIC);
        assertThat(in.readInt()).isEqualTo(RocksDbCheckpoint.VERSION);
        KeyedSnapshotFormat.Header header = KeyedSnapshotFormat.Header.read(in);
        assertThat(header.maxParallelism()).isEqualTo(128);
        assertThat(header.range()).isEqualTo(KeyGroupRange.all(128));
        assertThat(header.states()).extracting(RegisteredStateMeta::name)
            .containsExactly("value", "list", "map", "sum", "avg");
        assertThat(in.read()).isEqualTo(-1);
      }
      assertThatThrownBy(() -> backend.checkpoint(checkpoint.directory())).isInstanceOf(IOException.class)
          .hasMessageContaining(checkpoint.directory().toString());
    }
  }

  /** Opens the checkpoint read-only, as a restore would, and counts the entries of the state column families. */
  private static long countEntries(Path directory) throws RocksDBException {
    try (StringAppendOperator concatenate = new StringAppendOperator("");
        ColumnFamilyOptions columnOptions = new ColumnFamilyOptions().setMergeOperator(concatenate);
        Options options = new Options();
        DBOptions dbOptions = new DBOptions()) {
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      for (byte[] name : RocksDB.listColumnFamilies(options, directory.toString())) {
        descriptors.add(new ColumnFamilyDescriptor(name, columnOptions));
      }
      List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (RocksDB db = RocksDB.openReadOnly(dbOptions, directory.toString(), descriptors, handles)) {
        long count = 0;
        for (ColumnFamilyHandle handle : handles) {
          if (new String(handle.getName(), StandardCharsets.UTF_8).startsWith(RocksDbInstance.COLUMN_PREFIX)) {
            count += count(db, handle);
          }
        }
        return count;
      } finally {
        handles.forEach(ColumnFamilyHandle::close);
      }
    }
  }

  private static long count(RocksDB db, ColumnFamilyHandle column) throws RocksDBException {
    long count = 0;
    try (RocksIterator it = db.newIterator(column)) {
      for (it.seekToFirst(); it.isValid(); it.next()) {
        count++;
      }
      it.status();
    }
    return count;
  }

  @Test
  void aBackendOpensOnItsCheckpointWithoutReadingEntriesAndOnlyForTheSameKeyGroups() throws Exception {
    KeyedBackendParameters all = KeyedBackendParameters.of(StringSerializer.INSTANCE, KeyGroupRange.all(128), 128);
    Path checkpoint = checkpoints.resolve("chk-1");
    try (RocksDbKeyedStateBackend backend = open()) {
      FilledState.fill(backend);
      backend.checkpoint(checkpoint);
    }
    try (RocksDbKeyedStateBackend restored = RocksDbKeyedStateBackend.openCheckpoint(all,
        new RocksDbBackendOptions(localDir, 8L << 20), checkpoint)) {
      assertThat(restored.numEntries()).isEqualTo(6L * FilledState.KEYS);
      restored.setCurrentKey("one more key");
      restored.getState(FilledState.VALUE).update(1L);
      assertThat(restored.numEntries()).isEqualTo(6L * FilledState.KEYS + 1);
    }
    assertThat(countEntries(checkpoint)).as("the checkpoint itself is unchanged").isEqualTo(6L * FilledState.KEYS);
    KeyedBackendParameters half = KeyedBackendParameters.of(StringSerializer.INSTANCE, new KeyGroupRange(0, 63), 128);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RocksDbKeyedStateBackend.openCheckpoint(half,
        new RocksDbBackendOptions(localDir, 8L << 20), checkpoint))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("cannot open it for key groups");
  }
}
