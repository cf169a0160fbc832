package io.sluice.connectors.filesystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files of a table one parallel reader reads. A bounded source lists the files once, sorted by path, and
 * deals them round-robin (file {@code i} to subtask {@code i mod parallelism}), which balances equal files. A
 * monitored source sees files appear over time, so it assigns each file by a hash of its path, which does not
 * change as files are added. Names starting with {@code .} or {@code _} are skipped, files and directories alike
 * (in-progress and marker files, as in Flink).
 */
final class FileAssignment {
  private FileAssignment() {}

  /** The readable files under {@code root} (or {@code root} itself if it is a file), sorted by path. */
  static List<Path> list(Path root) {
    if (!Files.isDirectory(root)) {
      return Files.exists(root) ? List.of(root) : List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> !p.equals(root) && !hidden(root, p) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root, e);
    }
  }

  /** Whether a listed file belongs to the subtask, given its index in the sorted listing. */
  static boolean isMine(Path file, int index, boolean monitored, int subtask, int parallelism) {
    int owner = monitored ? Math.floorMod(file.toString().hashCode(), parallelism) : index % parallelism;
    return owner == subtask;
  }

  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
