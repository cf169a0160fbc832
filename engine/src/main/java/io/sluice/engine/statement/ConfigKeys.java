package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.SluiceOptions;
import java.util.Comparator;

/** Looks up SET keys, with an error that lists the keys that exist and suggests the closest. */
final class ConfigKeys {
  private ConfigKeys() {}

  static ConfigOption<?> require(String key) {
    return SluiceOptions.find(key).orElseThrow(() -> {
      String closest = SluiceOptions.ALL.stream()
          .map(ConfigOption::key)
          .min(Comparator.comparingInt(k -> distance(k, key)))
          .orElseThrow();
      String hint = distance(closest, key) <= Math.max(3, key.length() / 4) ? " Did you mean '" + closest + "'?" : "";
      return new SluiceException(ErrorCode.UNKNOWN_CONFIG_KEY, "Unknown configuration key '" + key + "'." + hint
          + " Known keys: " + String.join(", ", SluiceOptions.ALL.stream().map(ConfigOption::key).toList()) + ".");
    });
  }

  /** Levenshtein distance, for the suggestion. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
