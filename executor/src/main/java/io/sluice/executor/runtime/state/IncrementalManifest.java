package io.sluice.executor.runtime.state;

import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The piece an incremental checkpoint writes for one RocksDB operator instance: which shared SST files make up its
 * state and, inline, RocksDB's small private files, so that the piece and the shared files together are a native
 * RocksDB checkpoint. Format version 1, followed in the same piece by the timers ({@link EventTimerSnapshot}):
 *
 * <pre>
 * int     magic 0x534C4B49 ("SLKI": Sluice keyed, incremental)
 * int     version (1)
 * int     first key group, int last key group (the backend's)
 * varint  SST file count, then per file: UTF local name (as RocksDB named it), UTF shared name, long size
 * varint  private file count, then per file: UTF name, int length, bytes (CURRENT, MANIFEST-*, OPTIONS-*,
 *         and the backend's own SLUICE-STATE, which names the key serializer and the states)
 * </pre>
 *
 * Shared names are resolved by the checkpoint's location ({@link CheckpointLocation#sharedFile}): in
 * {@code shared/} beside the checkpoint's directory.
 *
 * @param range the key groups of the backend that wrote it
 * @param sstFiles by local name, the shared file and its size
 * @param privateFiles by name, the content
 */
record IncrementalManifest(KeyGroupRange range, Map<String, SharedFile> sstFiles, Map<String, byte[]> privateFiles) {
  static final int MAGIC = 0x534C4B49;
  static final int VERSION = 1;

  record SharedFile(String name, long size) {}

  void write(DataOutput out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(range.start());
    out.writeInt(range.end());
    VarInts.write(out, sstFiles.size());
    for (Map.Entry<String, SharedFile> file : sstFiles.entrySet()) {
      out.writeUTF(file.getKey());
      out.writeUTF(file.getValue().name());
      out.writeLong(file.getValue().size());
    }
    VarInts.write(out, privateFiles.size());
    for (Map.Entry<String, byte[]> file : privateFiles.entrySet()) {
      out.writeUTF(file.getKey());
      out.writeInt(file.getValue().length);
      out.write(file.getValue());
    }
  }

  /** Reads a manifest whose magic number the caller has already read. */
  static IncrementalManifest readAfterMagic(DataInput in) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("Unsupported incremental state version " + version + ", this build reads " + VERSION);
    }
    KeyGroupRange range = new KeyGroupRange(in.readInt(), in.readInt());
    Map<String, SharedFile> sst = new LinkedHashMap<>();
    for (int i = VarInts.read(in); i > 0; i--) {
      sst.put(in.readUTF(), new SharedFile(in.readUTF(), in.readLong()));
    }
    Map<String, byte[]> own = new LinkedHashMap<>();
    for (int i = VarInts.read(in); i > 0; i--) {
      String name = in.readUTF();
      int length = in.readInt();
      if (length < 0 || length > (64 << 20)) {
        throw new IOException("Corrupt incremental state: private file " + name + " of " + length + " bytes");
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      own.put(name, bytes);
    }
    return new IncrementalManifest(range, sst, own);
  }

  /** The local SST names with their shared names, for a backend restored from this manifest. */
  Map<String, String> sharedNames() {
    Map<String, String> names = new LinkedHashMap<>();
    sstFiles.forEach((local, shared) -> names.put(local, shared.name()));
    return names;
  }

  /**
   * Rebuilds the native checkpoint in {@code directory} (which must exist and be empty): the private files
   * written, the shared files hard-linked (copied across file systems) under their local names.
   *
   * @throws IOException naming the shared file that is missing or has another size than recorded
   */
  void materialize(CheckpointLocation location, Path directory) throws IOException {
    for (Map.Entry<String, byte[]> file : privateFiles.entrySet()) {
      Files.write(directory.resolve(checkLocalName(file.getKey())), file.getValue());
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, SharedFile> file : sstFiles.entrySet()) {
      Path source = location.sharedFile(file.getValue().name());
      if (Files.size(source) != file.getValue().size()) {
        problems.add("shared state file " + source + " has " + Files.size(source) + " bytes, "
            + file.getValue().size() + " expected (truncated or corrupt)");
        continue;
      }
      Path target = directory.resolve(checkLocalName(file.getKey()));
      try {
        Files.createLink(target, source);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(source, target);
      }
    }
    if (!problems.isEmpty()) {
      throw new IOException(String.join("; ", problems));
    }
  }

  private static String checkLocalName(String name) throws IOException {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IOException("Corrupt incremental state: file name '" + name + "'");
    }
    return name;
  }
}
