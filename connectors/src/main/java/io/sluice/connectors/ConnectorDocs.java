package io.sluice.connectors;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the reference part of {@code docs/connectors.md} from the factories' declarations, so that the page
 * cannot drift from the code: a test checks the page contains {@link #renderSection} of every discovered
 * factory. Run {@link #main} to print the sections to paste after changing an option.
 */
public final class ConnectorDocs {
  private ConnectorDocs() {}

  /** Prints the reference section of every connector on the class path. */
  public static void main(String[] args) {
    for (ConnectorFactory factory : ConnectorRegistry.discover().factories()) {
      System.out.println(renderSection(factory));
    }
  }

  /** A level-2 heading with the identifier, the description and the option table. */
  public static String renderSection(ConnectorFactory factory) {
    return "## " + factory.identifier() + "\n\n" + factory.description() + "\n\n" + renderOptionTable(factory);
  }

  /** A Markdown table of {@code 'connector'} and every declared option, in declaration order. */
  public static String renderOptionTable(ConnectorFactory factory) {
    List<String> lines = new ArrayList<>();
    lines.add("| Key | Required | Default | Type | Description |");
    lines.add("|-----|----------|---------|------|-------------|");
    ConnectorOption<String> connector = ConnectorOption.CONNECTOR;
    lines.add(row(connector.key(), true, "", connector.definition().typeName(),
        "Must be `" + factory.identifier() + "`."));
    for (ConnectorOption<?> option : factory.options()) {
      lines.add(row(option.key(), option.required(), option.definition().defaultText(),
          option.definition().typeName(), option.definition().description()));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String row(String key, boolean required, String defaultText, String type, String description) {
    String shownDefault = defaultText.isEmpty() ? "(none)" : defaultText;
    return "| `" + key + "` | " + (required ? "yes" : "no") + " | " + escape(shownDefault) + " | " + escape(type)
        + " | " + escape(description) + " |";
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|");
  }
}
