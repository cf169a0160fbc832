package io.sluice.common.config;

/**
 * Renders the table of {@code docs/configuration.md} from {@link SluiceOptions#ALL}; a test fails when the page
 * and the code disagree. Run {@code main} to print the table.
 */
public final class ConfigDocs {
  private ConfigDocs() {}

  public static String renderTable() {
    StringBuilder sb = new StringBuilder("| Key | Default | Type | Description |\n|---|---|---|---|\n");
    for (ConfigOption<?> option : SluiceOptions.ALL) {
      String key = "`" + option.key() + "`"
          + (option.aliases().isEmpty() ? "" : " (also `" + String.join("`, `", option.aliases()) + "`)");
      String defaultText = option.defaultText().isEmpty() ? "(none)" : "`" + option.defaultText() + "`";
      sb.append("| ").append(key).append(" | ").append(cell(defaultText)).append(" | ")
          .append(cell(option.typeName())).append(" | ").append(cell(option.description())).append(" |\n");
    }
    return sb.toString();
  }

  /** Text safe inside a Markdown table cell: a pipe would end the cell, a {@code <} start an HTML tag. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;");
  }

  public static void main(String[] args) {
    System.out.print(renderTable());
  }
}
