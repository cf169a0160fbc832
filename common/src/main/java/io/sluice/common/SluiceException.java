package io.sluice.common;

/** An error to show to the user: its message is written for them, its code says what kind of error it is. */
public class SluiceException extends RuntimeException {
  private final ErrorCode code;

  public SluiceException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public SluiceException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
