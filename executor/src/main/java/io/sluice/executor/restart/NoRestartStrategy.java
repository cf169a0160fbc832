package io.sluice.executor.restart;

/** {@code restart-strategy.type = none}: the first failure fails the job. */
public final class NoRestartStrategy implements RestartStrategy {
  @Override
  public RestartDecision onFailure(long failureTime) {
    return RestartDecision.giveUp("The job is not restarted: restart-strategy.type is none"
        + " (the default without checkpointing)");
  }

  @Override
  public String toString() {
    return "none";
  }
}
