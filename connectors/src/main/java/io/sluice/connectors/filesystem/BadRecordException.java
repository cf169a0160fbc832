package io.sluice.connectors.filesystem;

/** A record that does not parse: why, and where it ends so that the reader can skip it. */
final class BadRecordException extends Exception {
  private final int end;

  /**
   * @param reason what is wrong, completing "file:line: ..."
   * @param end the index in the buffer just after the bad record
   */
  BadRecordException(String reason, int end) {
    super(reason, null, false, false);
    this.end = end;
  }

  int end() {
    return end;
  }
}
