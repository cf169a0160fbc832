package io.sluice.engine.statement;

import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;

/** Names jobs: 'pipeline.name' if set, else the statement's text on one line, shortened. */
final class JobNames {
  private static final int MAX_LENGTH = 60;

  private JobNames() {}

  static String of(String statementText, Configuration configuration) {
    String configured = configuration.get(SluiceOptions.PIPELINE_NAME);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String oneLine = statementText.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 3) + "...";
  }
}
