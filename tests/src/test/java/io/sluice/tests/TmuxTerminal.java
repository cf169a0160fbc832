package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real terminal for end-to-end tests of the interactive shell: a detached tmux session on a private server
 * socket, running a command in a pseudo-terminal of a fixed size. Keys go in with {@code send-keys}, the screen
 * (and its scrollback) comes out with {@code capture-pane}. {@link #close} kills the private server and with it
 * the command.
 */
final class TmuxTerminal implements AutoCloseable {
  /** Shown once the command has ended. */
  static final String EXITED = "[command ended]";
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final String socket;

  private TmuxTerminal(String socket) {
    this.socket = socket;
  }

  /** Whether tmux can be run here. */
  static boolean available() {
    try {
      return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Starts {@code command} (a shell command line) in a new terminal of the given size, with these variables. */
  static TmuxTerminal start(String command, Map<String, String> environment, int columns, int rows)
      throws IOException, InterruptedException {
    TmuxTerminal terminal = new TmuxTerminal("sluice-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    StringBuilder line = new StringBuilder("env");
    environment.forEach((name, value) -> line.append(' ').append(name).append("='").append(value).append('\''));
    // The terminal stays open after the command ends, so that its last words can still be read.
    line.append(" TERM=xterm-256color ").append(command).append("; echo '").append(EXITED).append("'; sleep 600");
    terminal.tmux("new-session", "-d", "-s", "main", "-x", Integer.toString(columns), "-y", Integer.toString(rows),
        line.toString());
    return terminal;
  }

  /** Types text as it is (no key names), without Enter. */
  void type(String text) throws IOException, InterruptedException {
    // tmux reads a ';' ending an argument as the end of its command, so a trailing one goes as a key code.
    String body = text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    if (!body.isEmpty()) {
      tmux("send-keys", "-t", "main", "-l", body);
    }
    if (body.length() < text.length()) {
      tmux("send-keys", "-t", "main", "-H", "3b");
    }
  }

  /** Types each line followed by Enter, as a user would. */
  void typeLines(String... lines) throws IOException, InterruptedException {
    for (String line : lines) {
      type(line);
      press("Enter");
    }
  }

  /** Presses keys by tmux's names: Enter, Tab, Up, C-c, ... */
  void press(String... keys) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("send-keys", "-t", "main"));
    command.addAll(List.of(keys));
    tmux(command.toArray(String[]::new));
  }

  /** The screen and its scrollback as plain text. */
  String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "main");
  }

  /** The visible screen with its colours as escape sequences. */
  String screenWithColours() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-e", "-t", "main");
  }

  /** Waits until the screen shows what the predicate looks for; returns the screen. */
  String await(String what, Predicate<String> shows) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String screen = screen();
    while (!shows.test(screen)) {
      assertThat(System.nanoTime() < deadline).as("waiting for %s; the screen:%n%s", what, screen).isTrue();
      Thread.sleep(100);
      screen = screen();
    }
    return screen;
  }

  /** Waits until the text appears at least {@code times} times. */
  String await(String text, int times) throws IOException, InterruptedException {
    return await(times + " x " + text, screen -> screen.split(java.util.regex.Pattern.quote(text), -1).length > times);
  }

  String await(String text) throws IOException, InterruptedException {
    return await(text, 1);
  }

  private String tmux(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("tmux %s ended", arguments[0]).isTrue();
    assertThat(process.exitValue()).as("tmux %s: %s", String.join(" ", arguments), output).isZero();
    return output;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start()
        .waitFor(10, TimeUnit.SECONDS);
  }
}
