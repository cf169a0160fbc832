package io.sluice.connectors.filesystem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations of the sink's two-phase commit, all idempotent because a restored writer repeats what its
 * predecessor may have done already: committing renames a hidden file to its visible name (a file already renamed
 * is skipped); recovering an in-progress file first cuts it to the length its checkpoint covers.
 */
final class PartFileCommitter {
  private final Path directory;

  PartFileCommitter(Path directory) {
    this.directory = directory;
  }

  /**
   * Makes part {@code part} visible: renames its hidden file to its committed name, atomically.
   *
   * @throws IOException if neither the hidden nor the committed file exists: rows the checkpoint covered are lost
   */
  void commit(PartFileNames names, long part) throws IOException {
    Path hidden = directory.resolve(names.inProgress(part));
    Path visible = directory.resolve(names.committed(part));
    if (Files.exists(hidden)) {
      try {
        Files.move(hidden, visible, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(hidden, visible);
      }
    } else if (!Files.exists(visible)) {
      throw new IOException("Part file " + hidden + " of a completed checkpoint is missing");
    }
  }

  /**
   * Cuts the in-progress file of a restored checkpoint to the bytes the checkpoint covers, then commits it; a
   * file a previous restore committed already is left alone.
   */
  void recover(PartFileNames names, long part, long validLength) throws IOException {
    Path hidden = directory.resolve(names.inProgress(part));
    if (Files.exists(hidden)) {
      try (FileChannel channel = FileChannel.open(hidden, StandardOpenOption.WRITE)) {
        if (channel.size() < validLength) {
          throw new IOException("Part file " + hidden + " holds " + channel.size() + " bytes, less than the "
              + validLength + " its checkpoint covers");
        }
        channel.truncate(validLength);
        channel.force(true);
      }
    }
    commit(names, part);
  }

  /**
   * Deletes the hidden files a failed attempt of the writer left behind: those numbered {@code fromPart} or
   * higher, created after the checkpoint being restored.
   */
  void deleteLeftovers(PartFileNames names, long fromPart) throws IOException {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ".part-*")) {
      for (Path file : files) {
        if (names.partOfInProgress(file.getFileName().toString()) >= fromPart) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
