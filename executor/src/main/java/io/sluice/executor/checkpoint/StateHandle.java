package io.sluice.executor.checkpoint;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One piece of state written into a checkpoint: its name within the checkpoint (a file name in the checkpoint's
 * directory for file storage) and its size. Names are relative, so a checkpoint or savepoint directory can be
 * moved or copied as a whole.
 *
 * @param name letters, digits, {@code .}, {@code _} and {@code -} only, not starting with {@code _} (reserved for
 *     {@code _metadata}) or {@code .}
 * @param size in bytes
 */
public record StateHandle(String name, long size) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-][A-Za-z0-9._-]*");

  public StateHandle {
    checkName(name);
    if (size < 0) {
      throw new IllegalArgumentException("Negative size " + size + " of state " + name);
    }
  }

  /**
   * Checks that a name can be a state's name in every storage.
   *
   * @throws IllegalArgumentException naming the offending name
   */
  public static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches() || name.length() > 200) {
      throw new IllegalArgumentException("Invalid state name '" + name + "': use letters, digits, '.', '_', '-'"
          + " (not first: '_' or '.'), at most 200 characters");
    }
    return name;
  }

  /** The name of the keyed state of one subtask of an operator. */
  public static String keyedStateName(String operatorId, int subtask) {
    return checkName("keyed-" + operatorId + "-" + subtask);
  }
}
