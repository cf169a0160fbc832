package io.sluice.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a keystore, and a login over it. */
class TlsTest {
  private static final String STORE_PASSWORD = "store-secret";

  @TempDir
  Path dir;

  @Test
  void aClientTrustingTheCertificateLogsInOverHttps() throws Exception {
    Path keystore = dir.resolve("server.p12");
    Path certificate = dir.resolve("server.crt");
    Path truststore = dir.resolve("trust.p12");
    keytool("-genkeypair", "-alias", "sluice", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-keystore", keystore.toString(),
        "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    keytool("-exportcert", "-alias", "sluice", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
        "-file", certificate.toString());
    keytool("-importcert", "-noprompt", "-alias", "sluice", "-file", certificate.toString(),
        "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    Path users = dir.resolve("users");
    Files.writeString(users, "ann:user:" + PasswordHashes.hash("ann-secret".toCharArray()) + "\n");

    try (SluiceServer server = SluiceServer.start(new ServerSettings(ServerSettings.LOOPBACK, 0, null, users,
        keystore, STORE_PASSWORD.toCharArray()))) {
      String url = "jdbc:sluice://127.0.0.1:" + server.port() + ";ssl=true";
      Properties properties = new Properties();
      properties.setProperty("user", "ann");
      properties.setProperty("password", "ann-secret");
      properties.setProperty("truststore", truststore.toString());
      properties.setProperty("truststore_password", STORE_PASSWORD);
      try (Connection connection = DriverManager.getConnection(url, properties);
          Statement statement = connection.createStatement()) {
        ResultSet rows = statement.executeQuery("SELECT 40 + 2 AS answer");
        List<String> read = new ArrayList<>();
        while (rows.next()) {
          read.add(rows.getString("op") + " " + rows.getInt("answer"));
        }
        assertThat(read).containsExactly("+I 42");
      }
      // A client that does not trust the certificate does not get to send the password.
      properties.remove("truststore");
      properties.remove("truststore_password");
      assertThatThrownBy(() -> DriverManager.getConnection(url, properties)).isInstanceOf(SQLException.class);
    }
  }

  private void keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("keytool.log").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("keytool.log"))).isZero();
  }
}
