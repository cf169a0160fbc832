package io.sluice.connectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which table options hold secrets, and their values hidden for display: whatever shows options (error messages,
 * a future {@code SHOW CREATE TABLE}, plans, logs) goes through {@link #masked}. A key is sensitive if it contains
 * one of Flink's sensitive words ({@code GlobalConfiguration.isSensitive}): password, secret, token, jaas.config
 * and the like, whatever the case.
 */
public final class SensitiveOptions {
  /** What a hidden value is shown as. */
  public static final String MASK = "******";

  private static final List<String> SENSITIVE_WORDS = List.of("password", "secret", "fs.azure.account.key",
      "apikey", "api-key", "auth-params", "service-key", "token", "basic-auth", "jaas.config", "http-headers");

  private SensitiveOptions() {}

  public static boolean isSensitive(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return SENSITIVE_WORDS.stream().anyMatch(lower::contains);
  }

  /** The value as it may be shown: {@value #MASK} for a sensitive key. */
  public static String masked(String key, String value) {
    return value != null && isSensitive(key) ? MASK : value;
  }

  /** The options as they may be shown, in the same order. */
  public static Map<String, String> masked(Map<String, String> options) {
    Map<String, String> shown = new LinkedHashMap<>();
    options.forEach((key, value) -> shown.put(key, masked(key, value)));
    return shown;
  }
}
