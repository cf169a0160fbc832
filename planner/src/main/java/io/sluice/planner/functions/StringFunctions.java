package io.sluice.planner.functions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flink's string functions that Calcite does not have, with Flink's semantics (positions count from 1). */
public final class StringFunctions {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private StringFunctions() {}

  /** Position of {@code needle} in {@code text} (1-based), 0 if absent. */
  @SqlName("LOCATE")
  public static Integer locate(String needle, String text) {
    return locate(needle, text, 1);
  }

  /** Position of {@code needle} in {@code text} at or after {@code from} (1-based), 0 if absent. */
  @SqlName("LOCATE")
  public static Integer locate(String needle, String text, Integer from) {
    if (needle == null || text == null || from == null) {
      return null;
    }
    return from < 1 ? 0 : text.indexOf(needle, from - 1) + 1;
  }

  /** The {@code index}-th (0-based) piece of {@code text} split at {@code separator}; NULL if there is none. */
  @SqlName("SPLIT_INDEX")
  public static String splitIndex(String text, String separator, Integer index) {
    if (text == null || separator == null || index == null || index < 0) {
      return null;
    }
    String[] pieces = text.split(Pattern.quote(separator), -1);
    return index < pieces.length ? pieces[index] : null;
  }

  /** The whole match of {@code regex} in {@code text}, NULL if none. */
  @SqlName("REGEXP_EXTRACT")
  public static String regexpExtract(String text, String regex) {
    return regexpExtract(text, regex, 0);
  }

  /** Group {@code group} (0 = the whole match) of the first match of {@code regex} in {@code text}. */
  @SqlName("REGEXP_EXTRACT")
  public static String regexpExtract(String text, String regex, Integer group) {
    if (text == null || regex == null || group == null) {
      return null;
    }
    Matcher matcher = PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text);
    if (!matcher.find() || group < 0 || group > matcher.groupCount()) {
      return null;
    }
    return matcher.group(group);
  }
}
