package io.sluice.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version of Sluice, as Maven recorded it in the shell's jar ({@code META-INF/maven/.../pom.properties});
 * {@value #UNKNOWN} when running from classes outside a jar (in the IDE, in tests).
 */
final class Version implements CommandLine.IVersionProvider {
  static final String UNKNOWN = "(development build)";
  private static final String POM_PROPERTIES = "/META-INF/maven/io.sluice/sluice-shell/pom.properties";

  static String current() {
    try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN);
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Sluice " + current(), "Java " + Runtime.version()};
  }
}
