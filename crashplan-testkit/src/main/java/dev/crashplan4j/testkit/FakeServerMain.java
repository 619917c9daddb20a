package dev.crashplan4j.testkit;

import dev.crashplan4j.testkit.internal.FakeServerCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The fake console as a program, for tests in any language ({@code --help} says it all):
 *
 * <pre>
 * java -jar crashplan-testkit-VERSION-fake-server.jar --port 4285 --api-client ID:SECRET \
 *     --local-user NAME:PASSWORD[:BASE32TOTPSECRET] --orgs 500 --seed tenant.yaml
 * </pre>
 *
 * <p>{@code --api-client} and {@code --local-user} may be repeated; {@code --port 0} (the
 * default) picks a free port; {@code --host 0.0.0.0} serves every interface (loopback unless
 * given); a TOTP secret is Base32, as authenticator apps and {@code oathtool -b} take it. The
 * first line printed is {@code listening on http://127.0.0.1:<port>}; without an API client it
 * creates one and prints {@code api client ID:SECRET} next. The server serves until the process
 * is stopped. Bad options exit 2 with the reason and the usage; a server that cannot start
 * exits 1.
 */
public final class FakeServerMain {

  private FakeServerMain() {}

  /** Starts the server as the arguments say, or prints help, or exits 2 on bad arguments. */
  public static void main(String[] args) {
    Charset console = Charset.defaultCharset();
    int exit = FakeServerCommand.commandLine(
        new PrintWriter(new OutputStreamWriter(System.out, console), true),
        new PrintWriter(new OutputStreamWriter(System.err, console), true)).execute(args);
    // Serving returns only once the process is stopping; help and bad options return at once.
    if (exit != 0) {
      System.exit(exit);
    }
  }
}
