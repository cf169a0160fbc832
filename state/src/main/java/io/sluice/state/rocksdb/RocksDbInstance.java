package io.sluice.state.rocksdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.IndexType;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksObject;
import org.rocksdb.StringAppendOperator;
import org.rocksdb.WriteBufferManager;
import org.rocksdb.WriteOptions;

/**
 * One open RocksDB database and every native object it needs, owned in one place so that none is forgotten:
 * each is registered when created and {@link #close()} closes them all in reverse order (column families before
 * the database, the database before its options, options before the cache they point to), then deletes the
 * working directory.
 *
 * <p>Memory is bounded by {@link RocksDbBackendOptions#memoryBytes()}, or by the budget the instance shares with
 * others ({@link RocksDbSharedMemory}): one LRU block cache of that capacity holds data, index and filter blocks,
 * and a write-buffer manager charges the memtables of all column families to the same cache, up to half of it. Writes skip the write-ahead log: durability comes from checkpoints, and the
 * working directory does not survive the backend. List state appends through a merge operator that concatenates
 * with no delimiter, matching the typed layer's list format.
 */
final class RocksDbInstance implements AutoCloseable {
  /** Column families of states are named {@code state:<name>}, so no state name clashes with RocksDB's own. */
  static final String COLUMN_PREFIX = "state:";

  private final Deque<RocksObject> owned = new ArrayDeque<>();
  /** The column families a restored database opened with and no state has claimed yet, by name. */
  private final Map<String, ColumnFamilyHandle> restoredColumns = new HashMap<>();
  private final Path directory;
  private final ColumnFamilyOptions columnOptions;
  final WriteOptions writeOptions;
  final RocksDB db;
  private boolean closed;

  RocksDbInstance(RocksDbBackendOptions options) {
    this(options, null);
  }

  /**
   * Opens RocksDB in a new working directory under the options' local directory.
   *
   * @param restoreFrom a native checkpoint ({@link RocksDbKeyedStateBackend#checkpoint}) to open: its SST files
   *     are hard-linked (copied where links are impossible) and its other files copied into the working
   *     directory, so the checkpoint itself is never changed; null for an empty database
   */
  RocksDbInstance(RocksDbBackendOptions options, Path restoreFrom) {
    loadLibrary();
    try {
      Files.createDirectories(options.localDir());
      directory = Files.createTempDirectory(options.localDir(), options.directoryPrefix());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a RocksDB working directory under " + options.localDir(), e);
    }
    try {
      RocksDbSharedMemory shared = options.sharedMemory();
      long budget = shared != null ? shared.bytes() : options.memoryBytes();
      LRUCache cache = shared != null ? shared.cache() : own(newCache(budget));
      WriteBufferManager writeBuffers = shared != null ? shared.writeBuffers()
          : own(new WriteBufferManager(budget / 2, cache));
      // Index and filter blocks are cached (so they count against the budget) in the cache's high-priority pool,
      // and partitioned: a lookup loads one small partition, not a whole file's filter, which with a budget
      // smaller than all filters would otherwise be read again and again (Flink's partitioned index/filters).
      BlockBasedTableConfig table = new BlockBasedTableConfig()
          .setBlockCache(cache)
          .setCacheIndexAndFilterBlocks(true)
          .setCacheIndexAndFilterBlocksWithHighPriority(true)
          .setPinTopLevelIndexAndFilter(true)
          .setIndexType(IndexType.kTwoLevelIndexSearch)
          .setPartitionFilters(true)
          .setMetadataBlockSize(4096)
          .setFilterPolicy(own(new BloomFilter(10)));
      columnOptions = own(new ColumnFamilyOptions())
          .setTableFormatConfig(table)
          .setMergeOperator(own(new StringAppendOperator("")))
          .setWriteBufferSize(Math.max(1L << 20, budget / 8));
      DBOptions dbOptions = own(new DBOptions())
          .setCreateIfMissing(true)
          .setWriteBufferManager(writeBuffers)
          .setInfoLogLevel(InfoLogLevel.HEADER_LEVEL)
          .setKeepLogFileNum(1)
          .setStatsDumpPeriodSec(0)
          .setAvoidFlushDuringShutdown(true);
      writeOptions = own(new WriteOptions().setDisableWAL(true));
      List<byte[]> families = List.of(RocksDB.DEFAULT_COLUMN_FAMILY);
      if (restoreFrom != null) {
        copyCheckpoint(restoreFrom, directory);
        try (Options listing = new Options()) {
          families = RocksDB.listColumnFamilies(listing, directory.toString());
        }
      }
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      families.forEach(name -> descriptors.add(new ColumnFamilyDescriptor(name, columnOptions)));
      List<ColumnFamilyHandle> handles = new ArrayList<>();
      db = own(RocksDB.open(dbOptions, directory.toString(), descriptors, handles));
      handles.forEach(this::own);
      for (int i = 0; i < families.size(); i++) {
        restoredColumns.put(new String(families.get(i), StandardCharsets.UTF_8), handles.get(i));
      }
    } catch (RocksDBException | IOException | RuntimeException e) {
      close();
      throw new RocksDbStateException("Cannot open RocksDB in " + directory
          + (restoreFrom == null ? "" : " from " + restoreFrom), e);
    }
  }

  /** A block cache of the budget, a tenth of it kept for index and filter blocks. */
  static LRUCache newCache(long bytes) {
    return new LRUCache(bytes, -1, false, 0.1);
  }

  /** Loads the native library; cheap after the first call. */
  static void loadLibrary() {
    RocksDB.loadLibrary();
  }

  private static void copyCheckpoint(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(file.getFileName().toString());
        if (file.getFileName().toString().endsWith(".sst")) {
          try {
            Files.createLink(target, file);
            continue;
          } catch (IOException | UnsupportedOperationException e) {
            // another file system: copied below
          }
        }
        Files.copy(file, target);
      }
    }
  }

  private <T extends RocksObject> T own(T reference) {
    owned.push(reference);
    return reference;
  }

  /**
   * The column family of the state: the one a restored database has, else a new one; closed with the instance
   * (or earlier by its store).
   */
  ColumnFamilyHandle createColumnFamily(String stateName) {
    checkOpen();
    ColumnFamilyHandle restored = restoredColumns.remove(COLUMN_PREFIX + stateName);
    if (restored != null) {
      return restored;
    }
    byte[] name = (COLUMN_PREFIX + stateName).getBytes(StandardCharsets.UTF_8);
    try {
      return own(db.createColumnFamily(new ColumnFamilyDescriptor(name, columnOptions)));
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot create the column family of state '" + stateName + "'", e);
    }
  }

  Path directory() {
    return directory;
  }

  boolean isOpen() {
    return !closed;
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("The state backend is closed");
    }
  }

  /** The native objects the instance owns, for tests that check that all are released. */
  List<RocksObject> ownedForTest() {
    return List.copyOf(owned);
  }

  /** Closes every native object, newest first, and deletes the working directory. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    for (RocksObject reference : owned) {
      try {
        if (reference instanceof RocksDB database) {
          database.closeE();
        } else {
          reference.close();
        }
      } catch (RocksDBException | RuntimeException e) {
        failure = failure == null ? new RocksDbStateException("Cannot close RocksDB in " + directory, e) : failure;
      }
    }
    try {
      deleteRecursively(directory);
    } catch (IOException e) {
      failure = failure == null ? new UncheckedIOException("Cannot delete " + directory, e) : failure;
    }
    if (failure != null) {
      throw failure;
    }
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
