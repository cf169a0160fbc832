package io.sluice.shell.line;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * The buffer cut into words for completion. Words are split at blanks and at {@code ( ) , ; =}; quotes stay
 * part of the word, so {@code SET 'pipe} completes to a quoted key. When the cursor is not on a word, the
 * current word is an empty one inserted at the cursor, as jline's own parser does. Words are taken as typed,
 * with nothing to unescape, so a candidate replaces the word as it is.
 */
record SqlParsedLine(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
    implements CompletingParsedLine {

  static SqlParsedLine split(String line, int cursor) {
    List<String> words = new ArrayList<>();
    int wordIndex = -1;
    int wordCursor = 0;
    int i = 0;
    while (i < line.length()) {
      if (isDelimiter(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < line.length() && !isDelimiter(line.charAt(i))) {
        i++;
      }
      if (wordIndex < 0 && cursor < start) {
        wordIndex = words.size();
        words.add("");
      } else if (wordIndex < 0 && cursor <= i) {
        wordIndex = words.size();
        wordCursor = cursor - start;
      }
      words.add(line.substring(start, i));
    }
    if (wordIndex < 0) {
      wordIndex = words.size();
      words.add("");
    }
    return new SqlParsedLine(line, cursor, List.copyOf(words), wordIndex, wordCursor);
  }

  @Override
  public String word() {
    return words.get(wordIndex);
  }

  @Override
  public CharSequence escape(CharSequence candidate, boolean complete) {
    return candidate;
  }

  @Override
  public int rawWordCursor() {
    return wordCursor;
  }

  @Override
  public int rawWordLength() {
    return word().length();
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || "(),;=".indexOf(c) >= 0;
  }
}
