package io.sluice.shell.print;

import java.util.List;

/**
 * The columns of a boxed table: how wide each is and on which side its text sits. Draws the borders and the
 * lines; text longer than its column is cut and ends in {@code ...}, and line breaks and tabs become spaces so a
 * value cannot break the box.
 */
final class TableLayout {
  private static final String ELLIPSIS = "...";

  private final int[] widths;
  private final boolean[] rightAligned;

  /** @param widths the width of each column's text, without the padding around it; all at least 1 */
  TableLayout(int[] widths, boolean[] rightAligned) {
    this.widths = widths.clone();
    this.rightAligned = rightAligned.clone();
  }

  /** {@code +----+------+}. */
  String border() {
    StringBuilder sb = new StringBuilder("+");
    for (int width : widths) {
      sb.append("-".repeat(width + 2)).append('+');
    }
    return sb.toString();
  }

  /** {@code | a  |    1 |}: one cell per column, in order. */
  String line(List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (int i = 0; i < widths.length; i++) {
      String text = fit(i < cells.size() ? cells.get(i) : "", widths[i]);
      String padding = " ".repeat(widths[i] - text.length());
      sb.append(' ');
      sb.append(rightAligned[i] ? padding + text : text + padding);
      sb.append(" |");
    }
    return sb.toString();
  }

  /** The text as it fits in a column of this width: single-line, and cut with an ellipsis when too long. */
  static String fit(String text, int width) {
    String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    if (flat.length() <= width) {
      return flat;
    }
    if (width <= ELLIPSIS.length()) {
      return flat.substring(0, width);
    }
    return flat.substring(0, width - ELLIPSIS.length()) + ELLIPSIS;
  }
}
