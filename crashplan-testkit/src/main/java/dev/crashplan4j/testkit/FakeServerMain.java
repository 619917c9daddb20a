package dev.crashplan4j.testkit;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The fake console as a program, for tests in any language:
 *
 * <pre>
 * java -jar crashplan-testkit-VERSION-fake-server.jar --port 4285 --api-client ID:SECRET \
 *     --local-user NAME:PASSWORD[:TOTPSECRET] --orgs 500
 * </pre>
 *
 * <p>{@code --api-client} and {@code --local-user} may be repeated; {@code --port 0} picks a
 * free port; a TOTP secret is Base32, as authenticator apps and {@code oathtool -b} take it.
 * The first line printed is {@code listening on http://127.0.0.1:<port>}; the
 * server serves until the process is stopped.
 */
public final class FakeServerMain {

  private static final String USAGE =
      "usage: java -jar crashplan-testkit-VERSION-fake-server.jar [--port N] [--api-client ID:SECRET]..."
          + " [--local-user NAME:PASSWORD[:BASE32TOTPSECRET]]... [--orgs N]";

  private FakeServerMain() {}

  /** Starts the server as the arguments say; exits 2 with the usage on bad arguments. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    FakeTenant tenant = new FakeTenant();
    int port = 0;
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--help")) {
          out.println(USAGE);
          return;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(option + " needs a value");
        }
        String value = args[++i];
        switch (option) {
          case "--port" -> port = Integer.parseInt(value);
          case "--orgs" -> tenant.addOrgs(Integer.parseInt(value));
          case "--api-client" -> {
            String[] parts = value.split(":", 2);
            requireParts(option, parts, 2);
            tenant.addApiClient(parts[0], parts[1]);
          }
          case "--local-user" -> {
            String[] parts = value.split(":", 3);
            requireParts(option, parts, 2);
            if (parts.length == 3) {
              tenant.addLocalUser(parts[0], parts[1], parts[2]);
            } else {
              tenant.addLocalUser(parts[0], parts[1]);
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
    } catch (IllegalArgumentException badArguments) {
      System.err.println(badArguments.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    FakeCrashPlanServer server = FakeCrashPlanServer.start(tenant, Clock.systemUTC(), port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "fake-crashplan-shutdown"));
    out.println("listening on " + server.baseUrl());
    out.flush();
    stopped.await();
  }

  private static void requireParts(String option, String[] parts, int atLeast) {
    if (parts.length < atLeast || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException(option + " takes NAME:SECRET, with neither part empty");
    }
  }
}
