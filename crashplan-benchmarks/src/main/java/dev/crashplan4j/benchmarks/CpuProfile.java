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
import java.util.stream.Stream;
import org.openjdk.jmh.profile.AsyncProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Where the calling thread's CPU goes in one getById: through the SDK, through the Feign
 * transport alone, and by hand. Each runs once more under async-profiler (the library from its
 * Maven artifact; a sample per millisecond of CPU time, {@code itimer}), and every sample of the
 * benchmark's thread is put in the layer of the deepest frame that names one: a call to Jackson
 * made from the decoder is Jackson's, the decoder's own work is the decoder's. The shares times
 * the run's CPU per call give microseconds per call.
 */
final class CpuProfile {

  /** A layer of the call path, known by the frames where it is entered. */
  private record Layer(String name, List<String> entries) {}

  private static final List<Layer> LAYERS = List.of(
      new Layer("SDK: service, checks, id directory, retry loop, sign-in, labels",
          List.of("dev/crashplan4j/api/OrgService.getById")),
      new Layer("transport adapter: labels, error mapping", List.of("dev/crashplan4j/transport/feign/internal/FeignTransport.getOrg")),
      new Layer("by hand: the code around the call", List.of("dev/crashplan4j/benchmarks/Baseline.getOrg")),
      new Layer("Feign: proxy, method handler, response handling", List.of("feign/ReflectiveFeign$FeignInvocationHandler.invoke")),
      new Layer("Feign: expanding the request template (@RequestLine, @Headers, @QueryMap)",
          List.of("feign/RequestTemplateFactoryResolver$BuildTemplateByResolvingArgs.create")),
      new Layer("Feign: target URL, request copy, per-method options",
          List.of("feign/SynchronousMethodHandler.targetRequest", "feign/SynchronousMethodHandler.findOptions")),
      new Layer("building the OkHttp request (URL parsed, headers)",
          List.of("dev/crashplan4j/transport/feign/internal/OkHttpSender.execute", "dev/crashplan4j/benchmarks/Baseline.get")),
      new Layer("OkHttp: the exchange on a pooled connection (sockets, HTTP/1.1)",
          List.of("okhttp3/internal/connection/RealCall.execute")),
      new Layer("okio: entering a timeout, waking its watchdog thread", List.of("okio/AsyncTimeout.enter")),
      new Layer("Jackson: reading the answer's JSON (and the body's last bytes)",
          List.of("dev/crashplan4j/transport/feign/internal/ConsoleDecoder.decode",
              "com/fasterxml/jackson/databind/ObjectMapper.readValue")),
      new Layer("dates, and mapping into the result's types",
          List.of("dev/crashplan4j/transport/feign/internal/FeignTransport.read", "dev/crashplan4j/benchmarks/Baseline.withDates")));

  private static final String[] BENCHMARKS = {"sdkGetById", "transportGetById", "baselineGetById"};

  private CpuProfile() {}

  /**
   * Profiles the three getById benchmarks and returns the Markdown table of layers, or says why
   * there is none (async-profiler ships a library for Linux x64 and arm64 and macOS only).
   */
  static String run(Path work) throws RunnerException, IOException {
    Optional<Path> library = library(work);
    if (library.isEmpty()) {
      return "No CPU profile: async-profiler has no library for " + System.getProperty("os.name") + " "
          + System.getProperty("os.arch") + ".\n";
    }
    Path stacks = work.resolve("profile");
    Map<String, Double> cpuPerCall = new LinkedHashMap<>();
    for (RunResult result : new Runner(new OptionsBuilder()
        .include("dev\\.crashplan4j\\.benchmarks\\.OrgCallBenchmark\\.(" + String.join("|", BENCHMARKS) + ")$")
        .forks(1)
        .warmupIterations(3)
        .measurementIterations(5)
        .addProfiler(AsyncProfiler.class, "libPath=" + library.get() + ";event=itimer;interval=1000000;output=collapsed;dir=" + stacks)
        .build()).run()) {
      String benchmark = result.getParams().getBenchmark();
      double nanos = result.getSecondaryResults().get("cpuNanos").getScore();
      double calls = result.getSecondaryResults().get("calls").getScore();
      cpuPerCall.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), nanos / calls / 1_000);
    }
    List<Map<String, Long>> samples = new ArrayList<>();
    for (String benchmark : BENCHMARKS) {
      samples.add(layers(collapsed(stacks, benchmark), benchmark));
    }
    return table(samples, cpuPerCall);
  }

  private static String table(List<Map<String, Long>> samples, Map<String, Double> cpuPerCall) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "| layer | SDK | Feign transport alone | by hand |%n|---|---|---|---|%n"));
    List<String> names = new ArrayList<>(LAYERS.stream().map(Layer::name).toList());
    names.add("other (JMH, JDK frames outside any layer)");
    for (String name : names) {
      table.append("| ").append(name);
      for (int i = 0; i < BENCHMARKS.length; i++) {
        table.append(" | ").append(cell(samples.get(i), name, cpuPerCall.get(BENCHMARKS[i])));
      }
      table.append(" |\n");
    }
    table.append("| **CPU per call, this run** ");
    for (int i = 0; i < BENCHMARKS.length; i++) {
      long total = samples.get(i).values().stream().mapToLong(Long::longValue).sum();
      table.append(String.format(Locale.ROOT, "| **%.1f us** (%,d samples) ", cpuPerCall.get(BENCHMARKS[i]), total));
    }
    return table.append("|\n").toString();
  }

  private static String cell(Map<String, Long> samples, String layer, double perCall) {
    long total = samples.values().stream().mapToLong(Long::longValue).sum();
    long mine = samples.getOrDefault(layer, 0L);
    if (mine == 0) {
      return "";
    }
    double share = (double) mine / total;
    return String.format(Locale.ROOT, "%.1f us (%.1f %%)", share * perCall, 100 * share);
  }

  /** Samples per layer, counting only the stacks of the benchmark's own thread. */
  static Map<String, Long> layers(List<String> collapsedLines, String benchmark) {
    Map<String, Long> perLayer = new LinkedHashMap<>();
    for (String line : collapsedLines) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      String[] frames = line.substring(0, space).split(";");
      if (Stream.of(frames).noneMatch(frame -> frame.contains("." + benchmark))) {
        continue;
      }
      String layer = "other (JMH, JDK frames outside any layer)";
      for (String frame : frames) {
        for (Layer candidate : LAYERS) {
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
      Path file = files.filter(path -> path.toString().contains("." + benchmark + "-") && path.getFileName().toString().startsWith("collapsed"))
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
    try (InputStream in = CpuProfile.class.getClassLoader().getResourceAsStream(folder + "/libasyncProfiler.so")) {
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
