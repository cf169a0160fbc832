package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.StateHandle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A checkpoint or savepoint in a directory of its own: one file per piece of state, named by its handle, and the
 * metadata in {@value #METADATA_FILE}.
 *
 * <p>The metadata is what makes the checkpoint complete, so it is written last and atomically: to
 * {@value #METADATA_TEMP_FILE} first, forced to disk, then renamed (an atomic rename within one directory), and
 * the directory forced, so the rename itself survives a crash. State files are forced to disk when finished,
 * before they can be named in any metadata. A directory without {@value #METADATA_FILE} is a checkpoint that never
 * completed and is never restored from.
 */
public final class FileCheckpointLocation implements CheckpointLocation {
  public static final String METADATA_FILE = "_metadata";
  static final String METADATA_TEMP_FILE = "_metadata.inprogress";

  /** The name of the directory beside a job's {@code chk-<n>} directories that holds their shared files. */
  public static final String SHARED_DIRECTORY = "shared";

  private final Path directory;
  /** Null for savepoints and for locations only read or deleted. */
  private final SharedStateFiles shared;
  private final long checkpointId;

  /** The location at {@code directory}, which may or may not exist. */
  public FileCheckpointLocation(Path directory) {
    this(directory, null, 0);
  }

  /** A checkpoint of a job whose incremental checkpoints share {@code shared}; tells it of completion and discard. */
  FileCheckpointLocation(Path directory, SharedStateFiles shared, long checkpointId) {
    this.directory = directory.toAbsolutePath().normalize();
    this.shared = shared;
    this.checkpointId = checkpointId;
  }

  /** Creates the directory (and its parents), empty, and returns its location. */
  public static FileCheckpointLocation create(Path directory) throws IOException {
    return create(directory, null, 0);
  }

  static FileCheckpointLocation create(Path directory, SharedStateFiles shared, long checkpointId)
      throws IOException {
    Files.createDirectories(directory.getParent());
    Files.createDirectory(directory);
    return new FileCheckpointLocation(directory, shared, checkpointId);
  }

  @Override
  public SharedStateFiles sharedState() {
    return shared;
  }

  /** Shared files are in {@value #SHARED_DIRECTORY} beside the checkpoint's directory, wherever it was moved. */
  @Override
  public Path sharedFile(String name) throws IOException {
    Path file = directory.resolveSibling(SHARED_DIRECTORY).resolve(StateHandle.checkName(name));
    if (!Files.isRegularFile(file)) {
      throw new IOException("Shared state file " + file + " of checkpoint " + directory + " is missing");
    }
    return file;
  }

  public Path directory() {
    return directory;
  }

  @Override
  public String pointer() {
    return directory.toString();
  }

  @Override
  public StateOutput createState(String name) throws IOException {
    return new FileStateOutput(directory.resolve(StateHandle.checkName(name)));
  }

  @Override
  public InputStream openState(StateHandle handle) throws IOException {
    Path file = directory.resolve(StateHandle.checkName(handle.name()));
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IOException("State file " + file + " of checkpoint " + directory + " is missing", e);
    }
  }

  @Override
  public void writeMetadata(CheckpointMetadata metadata) throws IOException {
    Path target = directory.resolve(METADATA_FILE);
    if (Files.exists(target)) {
      throw new IOException("Checkpoint " + directory + " already has metadata");
    }
    Path temp = directory.resolve(METADATA_TEMP_FILE);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.wrap(CheckpointMetadataFormat.write(metadata));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    forceDirectory();
    if (shared != null) {
      shared.completed(checkpointId);
    }
  }

  @Override
  public CheckpointMetadata readMetadata() throws IOException {
    Path file = directory.resolve(METADATA_FILE);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(Files.isDirectory(directory)
          ? "No " + METADATA_FILE + " file in " + directory + ": the checkpoint did not complete"
          : "No checkpoint at " + directory + ": no such directory");
    }
    return CheckpointMetadataFormat.read(bytes, file.toString());
  }

  /**
   * Deletes the directory. A task of an aborted checkpoint may still be finishing a state file in it, so a file
   * that appears or disappears while the directory is walked makes a second pass.
   */
  @Override
  public void discard() throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        deleteRecursively();
        if (shared != null) {
          shared.forget(checkpointId);
        }
        return;
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void deleteRecursively() throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause(); // Files.walk wraps what it meets while walking
    }
  }

  @Override
  public String toString() {
    return pointer();
  }

  /** Makes the rename durable; some file systems cannot open a directory for that, and then it is skipped. */
  private void forceDirectory() {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: the rename is atomic regardless; only its durability across a power loss is at stake.
    }
  }
}
