package io.sluice.connectors.kafka.format;

/**
 * The options of a table that tune its formats.
 *
 * @param csvFieldDelimiter the character between two CSV values
 * @param ignoreParseErrors whether a record that does not deserialize is skipped (and counted) rather than
 *     failing the job; from {@code 'csv.ignore-parse-errors'} or {@code 'json.ignore-parse-errors'}
 */
public record FormatSettings(char csvFieldDelimiter, boolean ignoreParseErrors) {
  public static final FormatSettings DEFAULT = new FormatSettings(',', false);
}
