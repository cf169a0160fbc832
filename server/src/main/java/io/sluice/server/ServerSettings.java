package io.sluice.server;

import java.nio.file.Path;

/**
 * How a server runs.
 *
 * @param host the address to listen on; loopback unless the operator opens it up
 * @param port the port; 0 for any free one
 * @param stateDirectory where the catalog and the jobs are kept across restarts; null to keep nothing
 * @param usersFile the users who may log in ({@link UserFile}); null to accept every client as an admin
 * @param keystore a JKS or PKCS12 keystore with the server's key and certificate for HTTPS; null for HTTP
 * @param keystorePassword the keystore's password
 */
public record ServerSettings(String host, int port, Path stateDirectory, Path usersFile, Path keystore,
    char[] keystorePassword) {
  public static final String LOOPBACK = "127.0.0.1";

  /** Never prints the keystore password. */
  @Override
  public String toString() {
    return "ServerSettings[host=" + host + ", port=" + port + ", stateDirectory=" + stateDirectory
        + ", usersFile=" + usersFile + ", keystore=" + keystore + "]";
  }
}
