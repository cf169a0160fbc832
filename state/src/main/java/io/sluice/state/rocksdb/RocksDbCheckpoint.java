package io.sluice.state.rocksdb;

import java.nio.file.Path;
import java.util.List;

/**
 * A native checkpoint of a {@link RocksDbKeyedStateBackend}, made by {@link RocksDbKeyedStateBackend#checkpoint}:
 * a directory that RocksDB can open as it is, whose SST files are hard links to the backend's (immutable) files.
 *
 * <p>Besides RocksDB's own files ({@code CURRENT}, {@code MANIFEST-*}, {@code OPTIONS-*}, {@code *.sst}) the
 * directory holds {@value #METADATA_FILE}, which says how to read it, format version 1:
 *
 * <pre>
 * int     magic 0x534C4B52 ("SLKR": Sluice keyed RocksDB)
 * int     version (1)
 * ...     a {@link io.sluice.state.internal.KeyedSnapshotFormat} header (with its own magic and version): maximum
 *         parallelism, key serializer, the backend's key groups and its states; state i is stored in the column
 *         family named {@code "state:" + name}, keys as in {@link RocksDbKeys}, values as the typed layer's
 * </pre>
 *
 * @param directory the checkpoint directory
 * @param sstFiles the names of its SST files, sorted: RocksDB never changes an SST file and never reuses a file
 *     name within one database, so a name present in two checkpoints of one backend is the same file, which an
 *     incremental checkpoint uploads once ({@link SharedSstRegistry})
 */
public record RocksDbCheckpoint(Path directory, List<String> sstFiles) {
  public static final String METADATA_FILE = "SLUICE-STATE";
  public static final int MAGIC = 0x534C4B52;
  public static final int VERSION = 1;

  public RocksDbCheckpoint {
    sstFiles = List.copyOf(sstFiles);
  }
}
