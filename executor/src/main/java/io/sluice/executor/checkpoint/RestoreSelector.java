package io.sluice.executor.checkpoint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the checkpoint a job restores from: the newest candidate whose metadata can be read. A candidate whose
 * {@code _metadata} is missing (the process died before the checkpoint completed) or unreadable (truncated,
 * corrupt, from a newer format) is skipped with a warning that names it and says why, and the next older one is
 * tried; so one damaged checkpoint costs the progress since the one before it, not the job.
 *
 * <p>The selector does no I/O of its own: it asks each candidate, in the order given, for its metadata, and stops
 * at the first that answers.
 */
public final class RestoreSelector {
  private RestoreSelector() {}

  /** A checkpoint or savepoint that may be restored from. */
  public interface Candidate {
    /** Where it is, as users see it: a directory, or a name for in-memory storage. */
    String pointer();

    /**
     * Reads its metadata.
     *
     * @throws IOException when the metadata is missing or cannot be read; the message says which and why
     */
    CheckpointMetadata readMetadata() throws IOException;
  }

  /**
   * The outcome of a selection.
   *
   * @param selected the metadata of the chosen checkpoint, empty if no candidate was readable
   * @param pointer where the chosen checkpoint is, null if none was
   * @param warnings one line per skipped candidate, naming it and saying why, newest first
   */
  public record Selection(Optional<CheckpointMetadata> selected, String pointer, List<String> warnings) {
    public Selection {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Tries the candidates in order (the caller lists them newest first) and selects the first readable one.
   * Never throws for an unreadable candidate; an empty list, or only unreadable candidates, selects nothing.
   */
  public static Selection select(List<? extends Candidate> newestFirst) {
    List<String> warnings = new ArrayList<>();
    for (Candidate candidate : newestFirst) {
      try {
        CheckpointMetadata metadata = candidate.readMetadata();
        return new Selection(Optional.of(metadata), candidate.pointer(), warnings);
      } catch (IOException | RuntimeException e) {
        warnings.add("Skipping checkpoint " + candidate.pointer() + ": " + e.getMessage());
      }
    }
    return new Selection(Optional.empty(), null, warnings);
  }
}
