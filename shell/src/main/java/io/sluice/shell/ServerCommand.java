package io.sluice.shell;

import io.sluice.server.PasswordHashes;
import io.sluice.server.ServerSettings;
import io.sluice.server.SluiceServer;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sluice server}: runs the engine as a long-lived process for JDBC clients and {@code sluice sql --endpoint}. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = ServerCommand.HashPassword.class,
    description = {
        "Runs a Sluice server until stopped (Ctrl-C, SIGTERM). Clients connect with jdbc:sluice://host:port",
        "or `sluice sql --endpoint host:port`. Jobs keep running when clients disconnect."
    })
final class ServerCommand implements Callable<Integer> {
  /** Where the keystore password is read from, so it is never on a command line. */
  static final String KEYSTORE_PASSWORD_VARIABLE = "SLUICE_KEYSTORE_PASSWORD";

  @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host;

  @Option(names = {"-p", "--port"}, defaultValue = "8765", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Keeps the catalog and the jobs here; on restart, running jobs resume from their checkpoints.")
  Path stateDirectory;

  @Option(names = "--users", paramLabel = "FILE",
      description = "Users who may log in, one 'name:role:hash' per line (role user or admin). Without it, "
          + "every client is an admin.")
  Path usersFile;

  @Option(names = "--keystore", paramLabel = "FILE",
      description = "Serve HTTPS with this keystore (JKS or PKCS12); its password is read from $"
          + KEYSTORE_PASSWORD_VARIABLE + ".")
  Path keystore;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    char[] keystorePassword = null;
    if (keystore != null) {
      String password = System.getenv(KEYSTORE_PASSWORD_VARIABLE);
      if (password == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--keystore needs the keystore's password in $" + KEYSTORE_PASSWORD_VARIABLE);
      }
      keystorePassword = password.toCharArray();
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SluiceServer server = SluiceServer.start(
        new ServerSettings(host, port, stateDirectory, usersFile, keystore, keystorePassword));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sluice-server-shutdown"));
    if (usersFile == null && !isLoopback(host)) {
      err.print("[WARN] Listening on " + host + " without --users: whoever reaches the port is an admin.\n");
    }
    server.recoveryProblems().forEach(problem -> err.print("[WARN] " + problem + "\n"));
    err.flush();
    out.print("Sluice server listening on " + (keystore == null ? "http" : "https") + "://" + host + ":"
        + server.port() + "\n");
    out.flush();
    server.join();
    return CommandLine.ExitCode.OK;
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** {@code sluice server hash-password}: a line for the users file, from a password typed without echo. */
  @Command(name = "hash-password", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"Reads a password (without echo on a terminal, else one line of standard input) and prints",
          "its hash for the users file: name:role:<hash>."})
  static final class HashPassword implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      char[] password = readPassword();
      if (password == null || password.length == 0) {
        spec.commandLine().getErr().print("sluice: no password given\n");
        spec.commandLine().getErr().flush();
        return CommandLine.ExitCode.USAGE;
      }
      spec.commandLine().getOut().print(PasswordHashes.hash(password) + "\n");
      spec.commandLine().getOut().flush();
      java.util.Arrays.fill(password, '\0');
      return CommandLine.ExitCode.OK;
    }

    private static char[] readPassword() throws IOException {
      Console console = System.console();
      if (console != null) {
        return console.readPassword("Password: ");
      }
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? null : line.toCharArray();
    }
  }
}
