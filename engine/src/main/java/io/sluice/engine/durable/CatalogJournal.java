package io.sluice.engine.durable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog's history in {@code <state-dir>/catalog.json}: every CREATE and DROP that changed it, in order, as
 * typed. Replaying them on an empty catalog rebuilds it; the statements, not a serialized form of the catalog,
 * are kept, so the file survives changes to the catalog's classes and stays readable.
 *
 * <pre>{"version": 1, "statements": [{"sql": "CREATE TABLE t (...) WITH (...)", "user": "alice"}, ...]}</pre>
 */
public final class CatalogJournal {
  static final int VERSION = 1;

  /** One statement of the history and who ran it. */
  public record Entry(String sql, String user) {}

  record CatalogFile(int version, List<Entry> statements) {}

  private final Path file;
  private final List<Entry> statements = new ArrayList<>();

  /** Reads the journal in the directory, if there is one. */
  public CatalogJournal(Path stateDirectory) {
    this.file = stateDirectory.resolve("catalog.json");
    CatalogFile existing = JsonFiles.read(file, CatalogFile.class);
    if (existing != null) {
      if (existing.version() != VERSION) {
        throw new IllegalStateException(file + " has version " + existing.version() + "; this Sluice reads "
            + VERSION);
      }
      statements.addAll(existing.statements());
    }
  }

  public synchronized List<Entry> statements() {
    return List.copyOf(statements);
  }

  public synchronized void append(Entry entry) {
    statements.add(entry);
    JsonFiles.write(file, new CatalogFile(VERSION, statements));
  }
}
