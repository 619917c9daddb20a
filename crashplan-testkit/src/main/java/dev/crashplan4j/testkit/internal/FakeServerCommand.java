package dev.crashplan4j.testkit.internal;

import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeTenant;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The standalone fake console's command line: what {@code java -jar
 * crashplan-testkit-VERSION-fake-server.jar} takes. Standard output carries what a program
 * reads (the address, a created API client); standard error everything else. Exit codes: 0
 * after {@code --help} and {@code --version}, 2 for bad options, 1 when the server cannot start.
 */
@Command(
    name = "java -jar crashplan-testkit-VERSION-fake-server.jar",
    mixinStandardHelpOptions = true,
    versionProvider = FakeServerCommand.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
        "A fake CrashPlan console over HTTP, for tests in any language: the console's wire protocol,"
            + " sign-in flows and rules over an in-memory tenant (a root org to start with).",
        "Prints 'listening on http://HOST:PORT' first, then serves until stopped (Ctrl-C, SIGTERM).",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar crashplan-testkit-VERSION-fake-server.jar --port 4285 --api-client ci:ci-secret \\",
        "      --local-user ana:pw --local-user ben:pw:JBSWY3DPEHPK3PXP --orgs 500",
        "  java -jar crashplan-testkit-VERSION-fake-server.jar --host 0.0.0.0 --port 4285 \\",
        "      --seed tenant.yaml",
        "",
        "Exit codes: 0 after --help or --version, 2 for bad options, 1 when the server cannot start."})
public final class FakeServerCommand implements Callable<Integer> {

  /** The id of the API client created when none is given. */
  public static final String DEFAULT_CLIENT_ID = "crashplan-fake";

  @Spec
  private CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", converter = HostConverter.class,
      description = {"The address to listen on: an IP address of this machine, or localhost;"
          + " 0.0.0.0 for every interface (in a container). Default: ${DEFAULT-VALUE}, loopback only."})
  private InetAddress host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", converter = PortConverter.class,
      description = "The port to listen on, 0 to 65535; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(names = "--api-client", paramLabel = "ID:SECRET", converter = ApiClientConverter.class,
      description = {"An API client that signs in with the client credentials flow; repeatable.",
          "Default: when neither this nor the seed file names one, a client '" + DEFAULT_CLIENT_ID + "'"
              + " with a random secret, printed as 'api client ID:SECRET'."})
  private List<TenantFile.ApiClient> apiClients = new ArrayList<>();

  @Option(names = "--local-user", paramLabel = "NAME:PASSWORD[:BASE32TOTPSECRET]", converter = LocalUserConverter.class,
      description = {"A local user of the root org who signs in with a password, and with the RFC 6238"
          + " code of the TOTP secret when one is given (Base32, as authenticator apps take it); repeatable."})
  private List<TenantFile.LocalUser> localUsers = new ArrayList<>();

  @Option(names = "--orgs", paramLabel = "N", defaultValue = "0", converter = CountConverter.class,
      description = "Adds N orgs under the root org, named 'Org 1', 'Org 2'... Default: ${DEFAULT-VALUE}.")
  private int orgs;

  @Option(names = "--seed", paramLabel = "FILE",
      description = {"A tenant to start with, in JSON (.json) or YAML (.yaml, .yml): apiClients, localUsers"
          + " and orgs in a tree, each with externalReference, notes, blocked, deactivated, users,"
          + " devices, settings, tSettings and children. Seeded before --orgs."})
  private Path seed;

  /** The command line of the fake, writing to {@code out} and {@code err}, its handlers set. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new FakeServerCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
      line.getErr().println("the fake console could not start: " + failure.getMessage());
      line.getErr().flush();
      return 1;
    });
    return commandLine;
  }

  /** Serves until the process is stopped; returns at once, with an exit code, when it cannot start. */
  @Override
  public Integer call() throws InterruptedException {
    FakeCrashPlanServer server = serve();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "fake-crashplan-shutdown"));
    stopped.await();
    return 0;
  }

  /**
   * Starts the server the options describe and prints its address (and the API client it
   * created, if it did); the caller stops it.
   *
   * @throws ParameterException when an option's value cannot be used (a seed file, a TOTP secret)
   */
  public FakeCrashPlanServer serve() {
    FakeTenant tenant = new FakeTenant(Clock.systemUTC());
    boolean clientsGiven = !apiClients.isEmpty();
    if (seed != null) {
      try {
        TenantFile file = TenantFile.read(seed);
        file.seed(tenant);
        clientsGiven |= file.hasApiClients();
      } catch (IllegalArgumentException badFile) {
        throw invalid("--seed", badFile.getMessage());
      }
    }
    tenant.addOrgs(orgs);
    apiClients.forEach(client -> tenant.addApiClient(client.id(), client.secret()));
    for (TenantFile.LocalUser user : localUsers) {
      if (user.totpSecret() == null) {
        tenant.addLocalUser(user.username(), user.password());
      } else {
        try {
          tenant.addLocalUser(user.username(), user.password(), user.totpSecret());
        } catch (IllegalArgumentException notBase32) {
          throw invalid("--local-user", "user " + user.username() + ": " + notBase32.getMessage());
        }
      }
    }
    String defaultSecret = null;
    if (!clientsGiven) {
      defaultSecret = HexFormat.of().formatHex(randomBytes(16));
      tenant.addApiClient(DEFAULT_CLIENT_ID, defaultSecret);
    }
    FakeCrashPlanServer server = FakeCrashPlanServer.start(tenant, Clock.systemUTC(), host, port);
    PrintWriter out = spec.commandLine().getOut();
    out.println("listening on " + server.baseUrl());
    if (defaultSecret != null) {
      out.println("api client " + DEFAULT_CLIENT_ID + ":" + defaultSecret);
      spec.commandLine().getErr().println("No --api-client given: created the API client above;"
          + " --api-client ID:SECRET chooses one.");
      spec.commandLine().getErr().flush();
    }
    out.flush();
    return server;
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /** The error picocli itself gives for an option's bad value, for values that only fail in use. */
  private ParameterException invalid(String name, String why) {
    OptionSpec option = spec.findOption(name);
    String label = option.isMultiValue() ? " (" + option.paramLabel() + ")" : "";
    return new ParameterException(spec.commandLine(), "Invalid value for option '" + name + "'" + label + ": " + why);
  }

  /** An IP address of this machine or {@code localhost}; never a name to look up elsewhere. */
  static final class HostConverter implements ITypeConverter<InetAddress> {
    private static final Pattern IPV4 =
        Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    @Override
    public InetAddress convert(String value) {
      boolean literal = IPV4.matcher(value).matches() || (value.contains(":") && value.matches("[0-9A-Fa-f:.]+"));
      if (!literal && !value.equals("localhost")) {
        throw new TypeConversionException("'" + value + "' is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::1)"
            + " nor localhost");
      }
      try {
        return InetAddress.getByName(value);
      } catch (UnknownHostException notAnAddress) {
        throw new TypeConversionException("'" + value + "' is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::1)");
      }
    }
  }

  /** A port number, 0 to 65535. */
  static final class PortConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int port = Integer.parseInt(value.strip());
        if (port >= 0 && port <= 65_535) {
          return port;
        }
      } catch (NumberFormatException notANumber) {
        // Reported below with the range, as an out-of-range number is.
      }
      throw new TypeConversionException("'" + value + "' is not a port number (0 to 65535; 0 picks a free one)");
    }
  }

  /** A count, 0 or more. */
  static final class CountConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int count = Integer.parseInt(value.strip());
        if (count >= 0) {
          return count;
        }
      } catch (NumberFormatException notANumber) {
        // Reported below, as a negative number is.
      }
      throw new TypeConversionException("'" + value + "' is not a count (a whole number, 0 or more)");
    }
  }

  /** {@code ID:SECRET}; the value is never echoed, since it holds a secret. */
  static final class ApiClientConverter implements ITypeConverter<TenantFile.ApiClient> {
    @Override
    public TenantFile.ApiClient convert(String value) {
      String[] parts = value.split(":", 2);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new TypeConversionException("expected ID:SECRET, with neither part empty"
            + " (the value is not shown: it holds a secret)");
      }
      return new TenantFile.ApiClient(parts[0], parts[1]);
    }
  }

  /** {@code NAME:PASSWORD} or {@code NAME:PASSWORD:BASE32TOTPSECRET}; the value is never echoed. */
  static final class LocalUserConverter implements ITypeConverter<TenantFile.LocalUser> {
    @Override
    public TenantFile.LocalUser convert(String value) {
      String[] parts = value.split(":", 3);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank() || (parts.length == 3 && parts[2].isBlank())) {
        throw new TypeConversionException("expected NAME:PASSWORD or NAME:PASSWORD:BASE32TOTPSECRET, with no part"
            + " empty (the value is not shown: it holds a password)");
      }
      return new TenantFile.LocalUser(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }
  }

  /** The testkit's version, from the fake-server jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FakeServerCommand.class.getPackage().getImplementationVersion();
      return new String[] {"crashplan-testkit fake console " + (version == null ? "(version unknown: not run from its jar)" : version)};
    }
  }
}
