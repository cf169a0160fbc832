package io.sluice.connectors.filesystem;

/**
 * The names of the part files one writer creates: {@code part-<prefix>-<subtask>-<n><extension>} once
 * committed, and while in progress or pending the same name hidden behind a dot and marked,
 * {@code .part-<prefix>-<subtask>-<n><extension>.inprogress}, so readers that skip hidden files (Flink, Spark,
 * Hive, Sluice's own filesystem source) never see them. {@code n} counts the writer's files from 0 and is never
 * reused within a job, so a committed name is written once.
 *
 * @param prefix distinguishes the jobs that write into one directory: a random id per table sink
 * @param subtask the writer's parallel instance
 * @param extension the format's, with its dot
 */
record PartFileNames(String prefix, int subtask, String extension) {
  static final String IN_PROGRESS_SUFFIX = ".inprogress";

  String committed(long part) {
    return "part-" + prefix + "-" + subtask + "-" + part + extension;
  }

  String inProgress(long part) {
    return "." + committed(part) + IN_PROGRESS_SUFFIX;
  }

  /** The part number of a hidden file of this writer, or -1 if the name is not one. */
  long partOfInProgress(String fileName) {
    String start = ".part-" + prefix + "-" + subtask + "-";
    String end = extension + IN_PROGRESS_SUFFIX;
    if (!fileName.startsWith(start) || !fileName.endsWith(end) || fileName.length() <= start.length() + end.length()) {
      return -1;
    }
    try {
      return Long.parseLong(fileName.substring(start.length(), fileName.length() - end.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
