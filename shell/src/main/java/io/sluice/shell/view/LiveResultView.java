package io.sluice.shell.view;

import io.sluice.common.Row;
import io.sluice.common.config.ResultMode;
import io.sluice.common.types.Column;
import io.sluice.engine.JobProgress;
import io.sluice.shell.QueryStream;
import io.sluice.shell.print.ResultPrinter;
import io.sluice.shell.print.StreamTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;

/**
 * The shell's live views of a running query, redrawn in place below the prompt with jline's {@link Display}
 * (which rewrites only the lines that changed): in {@link ResultMode#TABLE table} mode the current result, the
 * changelog folded by a {@link MaterializedTable}; in {@link ResultMode#CHANGELOG changelog} mode the latest
 * changes with their kind. Either shows the newest rows that fit the terminal, with a line counting them all,
 * and the {@link StatusLine}. Rows are taken as they come and drawn at most every
 * {@link QueryStream#PROGRESS_INTERVAL} (on each progress report) and once at the end, where the view stays on
 * screen and the cursor goes below it. Needs a terminal that can move its cursor; the shell prints tableau
 * otherwise.
 */
public final class LiveResultView implements ResultPrinter, QueryStream.ProgressListener {
  /** The box's borders and header, the footer's border, the count line and the status line. */
  private static final int FRAME_LINES = 6;
  private static final AttributedStyle STATUS_STYLE = AttributedStyle.INVERSE;

  private final Terminal terminal;
  private final ResultMode mode;
  private final int maxColumnWidth;
  private final Display display;
  private final StatusLine statusLine = new StatusLine();
  private final MaterializedTable table = new MaterializedTable();
  private final Deque<Row> latestChanges = new ArrayDeque<>();
  private StreamTable box;
  private long changes;
  private String status = "";

  /** @param mode {@link ResultMode#TABLE} or {@link ResultMode#CHANGELOG} */
  public LiveResultView(Terminal terminal, ResultMode mode, int maxColumnWidth) {
    if (mode == ResultMode.TABLEAU) {
      throw new IllegalArgumentException("tableau is printed, not a live view");
    }
    this.terminal = terminal;
    this.mode = mode;
    this.maxColumnWidth = maxColumnWidth;
    this.display = new Display(terminal, false);
  }

  @Override
  public void beginRows(List<Column> columns) {
    box = new StreamTable(columns, mode == ResultMode.CHANGELOG, maxColumnWidth);
    redraw();
  }

  @Override
  public void printRow(Row row) {
    changes++;
    if (mode == ResultMode.TABLE) {
      table.apply(row);
    } else {
      latestChanges.addLast(row);
      if (latestChanges.size() > maxVisibleRows(Math.max(terminal.getHeight(), 200))) {
        latestChanges.removeFirst();
      }
    }
  }

  @Override
  public void progress(JobProgress progress) {
    status = statusLine.format(progress, System.nanoTime());
    redraw();
  }

  @Override
  public void endRows(long rowCount) {
    redraw();
    terminal.writer().print("\n");
    terminal.writer().print(mode == ResultMode.TABLE
        ? "Received a total of " + changes + plural(changes, " change") + "; the table has " + table.size()
            + plural(table.size(), " row") + "\n"
        : "Received a total of " + changes + plural(changes, " row") + "\n");
    terminal.flush();
  }

  private void redraw() {
    Size size = terminal.getSize();
    int width = Math.max(size.getColumns(), 20);
    int height = Math.max(size.getRows(), FRAME_LINES + 1);
    int visible = maxVisibleRows(height);
    List<Row> rows = mode == ResultMode.TABLE ? table.last(visible) : lastChanges(visible);
    long total = mode == ResultMode.TABLE ? table.size() : changes;
    List<AttributedString> lines = new ArrayList<>();
    lines.add(cut(box.border(), width));
    lines.add(cut(box.header(), width));
    lines.add(cut(box.border(), width));
    for (Row row : rows) {
      lines.add(cut(box.line(row), width));
    }
    lines.add(cut(box.border(), width));
    lines.add(cut(countText(rows.size(), total), width));
    lines.add(new AttributedString(fit(status, width - 1), STATUS_STYLE));
    display.resize(height, width);
    display.update(lines, -1);
  }

  private String countText(int shown, long total) {
    String what = mode == ResultMode.TABLE ? plural(total, " row") : plural(total, " change");
    return mode + " mode: " + total + what + (shown < total ? ", the latest " + shown + " shown" : "");
  }

  /** The latest changes that fit, oldest first. */
  private List<Row> lastChanges(int count) {
    List<Row> all = new ArrayList<>(latestChanges);
    return all.subList(Math.max(0, all.size() - count), all.size());
  }

  private static int maxVisibleRows(int height) {
    // One line stays free, so the view never fills the screen and scrolls.
    return Math.max(1, height - FRAME_LINES - 1);
  }

  private static AttributedString cut(String line, int width) {
    return new AttributedString(fit(line, width - 1));
  }

  private static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, Math.max(0, width));
  }

  private static String plural(long count, String noun) {
    return count == 1 ? noun : noun + "s";
  }

  @Override
  public void printTable(List<String> header, List<List<String>> rows) {
    throw new UnsupportedOperationException("a live view shows queries only");
  }

  @Override
  public void printText(String text) {
    throw new UnsupportedOperationException("a live view shows queries only");
  }
}
