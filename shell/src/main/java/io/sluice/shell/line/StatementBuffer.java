package io.sluice.shell.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the text typed so far holds: nothing but blanks and comments, or statements ready to run. It is ready
 * when its last character outside string literals, quoted identifiers and comments is {@code ;} and no
 * statement set is left open.
 *
 * <p>The text is read once, left to right, by a small state machine. In code, {@code '} opens a string literal,
 * {@code "} and {@code `} a quoted identifier, {@code --} a comment to the end of the line and {@code /*} a
 * comment up to the next star-slash; each ends at its closing character. A quote written twice inside a literal
 * ({@code 'it''s'}) reads as closing and reopening it, so it needs no case of its own. In code the machine also
 * keeps the first words of the current statement, to see a statement set open ({@code BEGIN STATEMENT SET;} or
 * {@code EXECUTE STATEMENT SET BEGIN}) and close ({@code END;}): the semicolons in between end the inserts
 * inside the set, not the input.
 *
 * <p>This only decides when the shell stops reading; splitting and parsing the statements is the session's job.
 */
public final class StatementBuffer {
  private enum Mode { CODE, STRING, QUOTED_IDENTIFIER, BACKTICK_IDENTIFIER, LINE_COMMENT, BLOCK_COMMENT }

  /** How many leading words of a statement are kept: enough for {@code EXECUTE STATEMENT SET BEGIN}. */
  private static final int LEADING_WORDS = 4;

  private Mode mode = Mode.CODE;
  private boolean hasContent;
  private boolean endsWithSemicolon;
  private boolean insideStatementSet;
  private final List<String> leadingWords = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();

  private StatementBuffer() {}

  /** Reads the text typed so far (all lines of it). */
  public static StatementBuffer of(CharSequence text) {
    StatementBuffer buffer = new StatementBuffer();
    buffer.scan(text);
    return buffer;
  }

  /** True when the text holds only blanks and finished comments: there is nothing to run, and nothing to wait for. */
  public boolean isBlank() {
    return !hasContent && mode != Mode.BLOCK_COMMENT;
  }

  /** True when the text ends one or more statements and nothing is left open: it can be run as it is. */
  public boolean isComplete() {
    boolean inCode = mode == Mode.CODE || mode == Mode.LINE_COMMENT;
    return inCode && endsWithSemicolon && !insideStatementSet;
  }

  private void scan(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      switch (mode) {
        case CODE -> {
          if (readCode(c, next)) {
            i++; // the two-character opening of a comment
          }
        }
        case STRING -> closeOn(c == '\'');
        case QUOTED_IDENTIFIER -> closeOn(c == '"');
        case BACKTICK_IDENTIFIER -> closeOn(c == '`');
        case LINE_COMMENT -> closeOn(c == '\n');
        case BLOCK_COMMENT -> {
          if (c == '*' && next == '/') {
            mode = Mode.CODE;
            i++;
          }
        }
      }
    }
    endWord();
  }

  /** Reads one character of code; returns true when it and the next one opened a comment. */
  private boolean readCode(char c, char next) {
    if (Character.isLetterOrDigit(c) || c == '_') {
      word.append(c);
      markContent();
      return false;
    }
    endWord();
    if (c == '-' && next == '-') {
      mode = Mode.LINE_COMMENT;
      return true;
    }
    if (c == '/' && next == '*') {
      mode = Mode.BLOCK_COMMENT;
      return true;
    }
    if (c == ';') {
      endStatement();
    } else if (!Character.isWhitespace(c)) {
      markContent();
      mode = switch (c) {
        case '\'' -> Mode.STRING;
        case '"' -> Mode.QUOTED_IDENTIFIER;
        case '`' -> Mode.BACKTICK_IDENTIFIER;
        default -> Mode.CODE;
      };
    }
    return false;
  }

  private void closeOn(boolean closing) {
    if (closing) {
      mode = Mode.CODE;
    }
  }

  private void markContent() {
    hasContent = true;
    endsWithSemicolon = false;
  }

  private void endWord() {
    if (!word.isEmpty() && leadingWords.size() < LEADING_WORDS) {
      leadingWords.add(word.toString().toUpperCase(Locale.ROOT));
    }
    word.setLength(0);
  }

  private void endStatement() {
    hasContent = true;
    endsWithSemicolon = true;
    if (startsWith("BEGIN", "STATEMENT", "SET") || startsWith("EXECUTE", "STATEMENT", "SET", "BEGIN")) {
      insideStatementSet = true;
    } else if (insideStatementSet && leadingWords.equals(List.of("END"))) {
      insideStatementSet = false;
    }
    leadingWords.clear();
  }

  private boolean startsWith(String... words) {
    return leadingWords.size() >= words.length && leadingWords.subList(0, words.length).equals(List.of(words));
  }
}
