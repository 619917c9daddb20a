package dev.crashplan4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.AsyncProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Where the time of a call goes, layer by layer, through the SDK and by hand: benchmarks run
 * once more under async-profiler (the library from its Maven artifact), and every sample of the
 * benchmark's own thread is put in the layer of the deepest frame that names one, so a call to
 * Jackson made from the decoder is Jackson's and the decoder's own work is the decoder's. A
 * layer's share of the samples times the run's figure gives its time per call.
 *
 * <p>Two profiles: getById's client CPU (a sample per millisecond of CPU time, {@code itimer})
 * through the SDK, the Feign transport alone and by hand; and the cold start's wall time (a
 * sample per millisecond, {@code wall}) of one fresh JVM each, SDK and by hand.
 */
final class CallProfile {

  /** A layer of the call path, known by the frames where it is entered. */
  record Layer(String name, List<String> entries) {}

  static final String OTHER = "other (frames in no layer: JDK, JMH)";

  static final List<Layer> ONE_CALL = List.of(
      new Layer("SDK: service, checks, id directory, retry loop, sign-in, labels",
          List.of("dev/crashplan4j/api/OrgService.getById")),
      new Layer("transport adapter: labels, error mapping", List.of("dev/crashplan4j/transport/feign/internal/FeignTransport.getOrg")),
      new Layer("console interface: the compiled endpoint's dispatch, answer handling",
          List.of("dev/crashplan4j/transport/feign/internal/ConsoleCalls.invoke")),
      new Layer("building the OkHttp request (path, query, headers, body)",
          List.of("dev/crashplan4j/transport/feign/internal/Endpoint.request", "dev/crashplan4j/benchmarks/Baseline.get")),
      new Layer("OkHttp: the exchange on a pooled connection (sockets, HTTP/1.1)",
          List.of("okhttp3/internal/connection/RealCall.execute")),
      new Layer("okio: entering a timeout, waking its watchdog thread", List.of("okio/AsyncTimeout.enter")),
      new Layer("Jackson: reading the answer's JSON (and the body's last bytes)",
          List.of("dev/crashplan4j/transport/feign/internal/ConsoleDecoder.decode",
              "com/fasterxml/jackson/databind/ObjectMapper.readValue")),
      new Layer("dates, and mapping into the result's types",
          List.of("dev/crashplan4j/transport/feign/internal/FeignTransport.read", "dev/crashplan4j/benchmarks/Baseline.withDates")));

  static final List<Layer> COLD_START = List.of(
      new Layer("SDK: the client's own setup (builder, settings, session, retry policies)",
          List.of("dev/crashplan4j/api/CrashPlanClient.builder", "dev/crashplan4j/api/CrashPlanClient$Builder.build")),
      new Layer("SDK: finding the transport on the class path (ServiceLoader)",
          List.of("dev/crashplan4j/api/CrashPlanClient$Builder.discoverTransport")),
      new Layer("transport, or by hand: its own setup (classes it touches first load here)",
          List.of("dev/crashplan4j/transport/feign/internal/FeignTransport.<", "dev/crashplan4j/benchmarks/Baseline.<")),
      new Layer("console interface: its Feign annotations read once, each endpoint compiled",
          List.of("dev/crashplan4j/transport/feign/internal/ConsoleCalls.of")),
      new Layer("SLF4J: finding a logging provider", List.of("org/slf4j/LoggerFactory.")),
      new Layer("OkHttp: building a client (TLS defaults included)",
          List.of("okhttp3/OkHttpClient$Builder.build", "okhttp3/OkHttpClient.<init>")),
      new Layer("Jackson: creating the ObjectMapper", List.of("com/fasterxml/jackson/databind/ObjectMapper.<")),
      new Layer("the first call: signing in and reading a page (client code)",
          List.of("dev/crashplan4j/api/OrgService.getPage", "dev/crashplan4j/benchmarks/Baseline.read")),
      new Layer("console interface: the first requests", List.of("dev/crashplan4j/transport/feign/internal/ConsoleCalls.invoke")),
      new Layer("OkHttp: the first exchanges (connecting included)", List.of("okhttp3/internal/connection/RealCall.execute")),
      new Layer("Jackson: building readers for the answers' types and reading them",
          List.of("com/fasterxml/jackson/databind/ObjectMapper.readValue", "com/fasterxml/jackson/databind/ObjectReader.",
              "dev/crashplan4j/transport/feign/internal/ConsoleDecoder.decode")),
      new Layer("MapStruct and dates: mapping the answers", List.of("dev/crashplan4j/transport/feign/internal/FeignTransport.read",
          "dev/crashplan4j/benchmarks/Baseline.withDates")));

  private CallProfile() {}

  /** The layers of getById's client CPU per call: SDK, Feign transport alone, by hand. */
  static String oneCall(Path work) throws RunnerException, IOException {
    String[] benchmarks = {"sdkGetById", "transportGetById", "baselineGetById"};
    return profile(work.resolve("one-call"), "OrgCallBenchmark", benchmarks, ONE_CALL, "itimer", 3, 5,
        result -> result.getSecondaryResults().get("cpuNanos").getScore() / result.getSecondaryResults().get("calls").getScore()
            / 1_000, "us", "CPU per call, this run");
  }

  /** The layers of the cold start's wall time: a fresh JVM builds a client and makes its first call. */
  static String coldStart(Path work) throws RunnerException, IOException {
    String[] benchmarks = {"sdkFirstCall", "baselineFirstCall"};
    return profile(work.resolve("cold-start"), "ColdStartBenchmark", benchmarks, COLD_START, "wall", 0, 1,
        result -> result.getPrimaryResult().getScore(), "ms", "wall time, this run");
  }

  private static String profile(Path work, String benchmarkClass, String[] benchmarks, List<Layer> layers, String event,
      int warmups, int measurements, ToDoubleFunction<RunResult> figure, String unit, String total)
      throws RunnerException, IOException {
    Optional<Path> library = library(work);
    if (library.isEmpty()) {
      return "No profile: async-profiler has no library for " + System.getProperty("os.name") + " "
          + System.getProperty("os.arch") + ".\n";
    }
    Path stacks = work.resolve("stacks");
    Map<String, Double> perCall = new LinkedHashMap<>();
    for (RunResult result : new Runner(new OptionsBuilder()
        .include("dev\\.crashplan4j\\.benchmarks\\." + benchmarkClass + "\\.(" + String.join("|", benchmarks) + ")$")
        .forks(1)
        .warmupIterations(warmups)
        .measurementIterations(measurements)
        .addProfiler(AsyncProfiler.class, "libPath=" + library.get() + ";event=" + event + ";interval=1000000;output=collapsed;dir="
            + stacks)
        .build()).run()) {
      String benchmark = result.getParams().getBenchmark();
      perCall.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), figure.applyAsDouble(result));
    }
    List<Map<String, Long>> samples = new ArrayList<>();
    for (String benchmark : benchmarks) {
      samples.add(layers(collapsed(stacks, benchmarkClass + "." + benchmark), benchmarkClass + "." + benchmark, layers));
    }
    return table(benchmarks, layers, samples, perCall, unit, total);
  }

  private static String table(String[] benchmarks, List<Layer> layers, List<Map<String, Long>> samples,
      Map<String, Double> perCall, String unit, String total) {
    StringBuilder table = new StringBuilder("| layer |");
    for (String benchmark : benchmarks) {
      table.append(' ').append(benchmark.startsWith("sdk") ? "SDK" : benchmark.startsWith("transport") ? "Feign transport alone" : "by hand")
          .append(" |");
    }
    table.append("\n|---|").append("---|".repeat(benchmarks.length)).append('\n');
    List<String> names = new ArrayList<>(layers.stream().map(Layer::name).toList());
    names.add(OTHER);
    for (String name : names) {
      table.append("| ").append(name);
      for (int i = 0; i < benchmarks.length; i++) {
        table.append(" | ").append(cell(samples.get(i), name, perCall.get(benchmarks[i]), unit));
      }
      table.append(" |\n");
    }
    table.append("| **").append(total).append("** ");
    for (int i = 0; i < benchmarks.length; i++) {
      long count = samples.get(i).values().stream().mapToLong(Long::longValue).sum();
      table.append(String.format(Locale.ROOT, "| **%.1f %s** (%,d samples) ", perCall.get(benchmarks[i]), unit, count));
    }
    return table.append("|\n").toString();
  }

  private static String cell(Map<String, Long> samples, String layer, double perCall, String unit) {
    long total = samples.values().stream().mapToLong(Long::longValue).sum();
    long mine = samples.getOrDefault(layer, 0L);
    if (mine == 0) {
      return "";
    }
    double share = (double) mine / total;
    return String.format(Locale.ROOT, "%.1f %s (%.1f %%)", share * perCall, unit, 100 * share);
  }

  /**
   * Samples per layer, counting only the stacks inside the benchmark method, such as
   * {@code OrgCallBenchmark.sdkGetById}: not other threads, nor the trial's setup and teardown.
   */
  static Map<String, Long> layers(List<String> collapsedLines, String benchmark, List<Layer> layers) {
    Map<String, Long> perLayer = new LinkedHashMap<>();
    for (String line : collapsedLines) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      String[] frames = line.substring(0, space).split(";");
      if (Stream.of(frames).noneMatch(frame -> frame.endsWith("/" + benchmark))) {
        continue;
      }
      String layer = OTHER;
      for (String frame : frames) {
        for (Layer candidate : layers) {
          if (candidate.entries().stream().anyMatch(frame::startsWith)) {
            layer = candidate.name();
          }
        }
      }
      perLayer.merge(layer, Long.parseLong(line.substring(space + 1).trim()), Long::sum);
    }
    return perLayer;
  }

  private static List<String> collapsed(Path stacks, String benchmark) throws IOException {
    try (Stream<Path> files = Files.walk(stacks)) {
      Path file = files
          .filter(path -> path.toString().contains("." + benchmark + "-") && path.getFileName().toString().startsWith("collapsed"))
          .findFirst().orElseThrow(() -> new IllegalStateException("async-profiler wrote no stacks for " + benchmark));
      return Files.readAllLines(file);
    }
  }

  // The native library inside the async-profiler jar, copied out so that the JVM can load it.
  private static Optional<Path> library(Path work) throws IOException {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    String folder = os.contains("mac") ? "macos"
        : os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")) ? "linux-x64"
        : os.contains("linux") && arch.equals("aarch64") ? "linux-arm64" : null;
    if (folder == null) {
      return Optional.empty();
    }
    try (InputStream in = CallProfile.class.getClassLoader().getResourceAsStream(folder + "/libasyncProfiler.so")) {
      if (in == null) {
        return Optional.empty();
      }
      Path library = work.resolve("libasyncProfiler.so");
      Files.createDirectories(work);
      Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(library.toAbsolutePath());
    }
  }
}
