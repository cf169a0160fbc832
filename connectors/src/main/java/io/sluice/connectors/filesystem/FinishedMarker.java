package io.sluice.connectors.filesystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Makes the end of a writer's input a commit point that survives restarts. With no checkpoint after the end of the
 * input, a writer commits its last rows in {@code endInput}; if another part of the job fails afterwards, the job
 * restarts from an earlier checkpoint and the writer's input is replayed, rows it has committed included. So before
 * committing at the end, the writer records its last part files in a hidden marker
 * ({@link PartFileNames#finishedMarker}); a writer of the same job that opens and finds the marker completes
 * those commits and then stays finished, discarding its replayed input: it has committed all of it. This is what
 * Flink does for tasks that finished (they are not run again after a failover), for sources that replay the same
 * rows.
 *
 * <p>Format: the part numbers, comma-separated, in UTF-8; written to a temporary file and moved into place.
 */
final class FinishedMarker {
  private FinishedMarker() {}

  static void write(Path directory, PartFileNames names, List<Long> parts) throws IOException {
    Path marker = directory.resolve(names.finishedMarker());
    Path temporary = directory.resolve(names.finishedMarker() + ".tmp");
    String text = String.join(",", parts.stream().map(String::valueOf).toList());
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    try {
      Files.move(temporary, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, marker, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The parts a finished writer of these names recorded; empty if it did not finish. */
  static Optional<List<Long>> read(Path directory, PartFileNames names) throws IOException {
    Path marker = directory.resolve(names.finishedMarker());
    if (!Files.exists(marker)) {
      return Optional.empty();
    }
    String text = Files.readString(marker, StandardCharsets.UTF_8).trim();
    return Optional.of(text.isEmpty() ? List.of()
        : Arrays.stream(text.split(",")).map(Long::valueOf).toList());
  }
}
