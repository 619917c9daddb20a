package dev.crashplan4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The testkit's standalone fake console ({@code FakeServerMain}, its fake-server jar) running
 * as its own process, so that its threads and classes are in neither side's JVM; signed in to as
 * {@link BenchConsole#CLIENT_ID}.
 */
final class StandaloneConsole implements AutoCloseable {

  private final Process process;
  private final String baseUrl;

  private StandaloneConsole(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /** Starts the fake with {@code orgs} orgs under the root org and waits until it listens. */
  static StandaloneConsole start(int orgs) throws IOException {
    Process process = new ProcessBuilder(java(), "-jar", jar("crashplan-testkit", "-fake-server.jar").toString(),
        "--port", "0", "--api-client", BenchConsole.CLIENT_ID + ":" + BenchConsole.SECRET, "--orgs", String.valueOf(orgs))
        .redirectErrorStream(true).start();
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = output.readLine();
    if (first == null || !first.startsWith("listening on ")) {
      process.destroy();
      throw new IllegalStateException("the fake console did not start: " + first);
    }
    // Whatever it prints later must not fill the pipe and stall its answers.
    Thread drain = new Thread(() -> discard(process.getInputStream()), "standalone-console-output");
    drain.setDaemon(true);
    drain.start();
    return new StandaloneConsole(process, first.substring("listening on ".length()));
  }

  /** Where it listens, {@code http://127.0.0.1:<port>}. */
  String baseUrl() {
    return baseUrl;
  }

  /** The java of the running JVM, so that every process measured runs on the same JDK. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A module's built file in its {@code target}, whatever its version, named {@code <module>-...<ending>}. */
  static Path jar(String module, String ending) throws IOException {
    try (Stream<Path> built = Files.list(Path.of("..", module, "target"))) {
      return built.filter(path -> {
        String name = path.getFileName().toString();
        return name.startsWith(module + "-") && name.endsWith(ending) && !name.endsWith("-sources.jar")
            && !name.endsWith("-javadoc.jar") && (ending.length() > 4 || !name.contains("-fake-server"));
      }).findFirst().map(Path::toAbsolutePath).orElseThrow(() -> new IllegalStateException(
          "build " + module + " first: no " + module + "-*" + ending + " in " + module + "/target"));
    }
  }

  private static void discard(InputStream output) {
    try (output) {
      output.transferTo(OutputStream.nullOutputStream());
    } catch (IOException closed) {
      // The process ended.
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
