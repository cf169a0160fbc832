package io.sluice.connectors.filesystem;

import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.TableOptions;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The directories filesystem tables may read and write, so that on a shared server a user who may create
 * tables cannot make the engine read or overwrite other files. They are set when the server's JVM starts, with
 * the system property {@value #PROPERTY} (paths separated by the platform's path separator, {@code :} on Unix):
 * a session cannot change them. Unset, any path is allowed, as in a local shell.
 *
 * <p>A path is allowed if, with {@code ..} resolved and symbolic links followed as far as the path exists, it lies
 * within one of the roots (themselves with links followed).
 */
public final class AllowedRoots {
  /** The system property that lists the roots. */
  public static final String PROPERTY = "sluice.filesystem.allowed-roots";

  private final List<Path> roots;

  AllowedRoots(List<Path> roots) {
    this.roots = roots.stream().map(AllowedRoots::real).toList();
  }

  /** The roots the JVM was started with; none, so any path, if the property is unset or empty. */
  public static AllowedRoots fromSystemProperty() {
    String value = System.getProperty(PROPERTY, "").trim();
    if (value.isEmpty()) {
      return new AllowedRoots(List.of());
    }
    return new AllowedRoots(Arrays.stream(value.split(File.pathSeparator)).map(String::trim)
        .filter(s -> !s.isEmpty()).map(Path::of).toList());
  }

  /**
   * The path an option names, made absolute.
   *
   * @throws io.sluice.common.SluiceException naming the option and the allowed roots if it lies outside them
   */
  public Path check(TableOptions options, ConnectorOption<String> pathOption) {
    Path path = Path.of(options.get(pathOption)).toAbsolutePath().normalize();
    if (roots.isEmpty() || roots.stream().anyMatch(real(path)::startsWith)) {
      return path;
    }
    throw options.invalid("the '" + pathOption.key() + "' " + path + " is outside the directories this server "
        + "allows (" + PROPERTY + "): " + roots);
  }

  /** The path with links followed as far as it exists; the rest appended as written. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
