package io.sluice.executor.runtime.task;

import io.sluice.executor.api.OperatorContext;

/**
 * An exception thrown by an operator or source reader (or its factory), tagged with the operator and subtask it
 * came from. The original exception is the cause, and its message is part of this one, so it reaches the user.
 */
public final class OperatorException extends RuntimeException {
  private final String operatorName;
  private final int subtaskIndex;

  public OperatorException(OperatorContext context, Throwable cause) {
    super("Operator '" + context.operatorName() + "' (subtask " + (context.subtaskIndex() + 1) + "/"
        + context.parallelism() + ") failed: " + describe(cause), cause);
    this.operatorName = context.operatorName();
    this.subtaskIndex = context.subtaskIndex();
  }

  public String operatorName() {
    return operatorName;
  }

  public int subtaskIndex() {
    return subtaskIndex;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getName() : message;
  }
}
