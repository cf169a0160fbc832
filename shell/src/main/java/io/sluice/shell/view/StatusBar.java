package io.sluice.shell.view;

import io.sluice.engine.JobProgress;
import io.sluice.shell.QueryStream;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;
import org.jline.utils.Status;

/**
 * The {@link StatusLine} kept at the bottom of the terminal while printed (tableau) rows scroll above it, with
 * jline's {@link Status}, which reserves the last line through a scroll region. On a terminal without scroll
 * regions (a dumb one) it shows nothing. {@link #close} removes it.
 */
public final class StatusBar implements QueryStream.ProgressListener, AutoCloseable {
  private final Status status;
  private final StatusLine line = new StatusLine();
  private final int width;

  public StatusBar(Terminal terminal) {
    // jline's Status fails on a terminal without scroll regions rather than doing nothing.
    boolean supported = !terminal.getType().startsWith(Terminal.TYPE_DUMB)
        && terminal.getStringCapability(InfoCmp.Capability.change_scroll_region) != null;
    this.status = supported ? Status.getStatus(terminal, true) : null;
    this.width = Math.max(terminal.getWidth(), 20);
  }

  @Override
  public void progress(JobProgress progress) {
    if (status != null) {
      String text = line.format(progress, System.nanoTime());
      status.update(List.of(new AttributedString(
          text.length() < width ? text : text.substring(0, width - 1), AttributedStyle.INVERSE)));
    }
  }

  @Override
  public void close() {
    if (status != null) {
      status.update(List.of());
    }
  }
}
