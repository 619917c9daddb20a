package dev.crashplan4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.core.domain.Org;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The paired mode: the SDK and the same exchanges by hand measured side by side, round after
 * round, each figure the median of the per-round ratios with its spread, so that the machine's
 * drift (other builds, frequency, the JIT) falls on both sides of a ratio alike. Against the
 * standalone fake console in its own process: getById and block + unblock, {@code calls} calls
 * a side a round, wall time, the calling thread's CPU and its allocated bytes per call; the cold
 * start as fresh JVMs ({@link FirstCall}) alternated; the command line's start-up as a process
 * against {@code java -version}. Then the bulk benchmark's runs ({@link BulkBenchmark}, its fake
 * in this JVM as there, for its injected latency), alternated with a loop of SDK calls and a loop
 * by hand. Writes {@code docs/benchmarks/paired.md} and {@code paired.json}.
 *
 * <p>Started by {@code mvn -B -o -P bench-paired -pl crashplan-cli,crashplan-benchmarks -am verify
 * -DskipTests}; the argument is the repository's root. System properties {@code paired.rounds}
 * (21), {@code paired.calls} (500), {@code paired.slice} (10 calls a side at a time),
 * {@code paired.warmupSeconds} (30), {@code paired.coldRounds}
 * (15), {@code paired.cliRounds} (9) and {@code paired.bulkRounds} (4) change the sizes.
 */
public final class RunPairedBenchmark {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int ORGS = 1_000;

  private RunPairedBenchmark() {}

  /** How many rounds of what, from system properties. */
  record Settings(int rounds, int calls, int slice, int warmupSeconds, int coldRounds, int cliRounds, int bulkRounds) {

    static Settings fromSystemProperties() {
      return new Settings(Integer.getInteger("paired.rounds", 21), Integer.getInteger("paired.calls", 500),
          Integer.getInteger("paired.slice", 10), Integer.getInteger("paired.warmupSeconds", 30),
          Integer.getInteger("paired.coldRounds", 15),
          Integer.getInteger("paired.cliRounds", 9), Integer.getInteger("paired.bulkRounds", 4));
    }
  }

  /**
   * One line of the table: a measure taken on two sides in the same rounds, the ratio per round
   * {@code sdk / baseline} or, for a throughput, {@code baseline / sdk} (both sides are times).
   */
  record Figure(String group, String measure, String unit, List<Double> sdk, List<Double> baseline, boolean throughput,
      String direction, double target) {

    List<Double> ratios() {
      return throughput ? Spread.ratios(baseline, sdk) : Spread.ratios(sdk, baseline);
    }

    // Met when the median's whole interval is on the right side of the target, so that a
    // figure that meets it by luck of the noise says so.
    String verdict(Spread ratio) {
      if (direction.isEmpty()) {
        return "reported";
      }
      boolean lower = direction.equals("<=");
      boolean median = lower ? ratio.median() <= target : ratio.median() >= target;
      boolean interval = lower ? ratio.medianHigh() <= target : ratio.medianLow() >= target;
      String verdict = interval ? "met" : median ? "met at the median, not across its interval" : "MISSED";
      return String.format(Locale.ROOT, "%s %.2f %s", direction, target, verdict);
    }
  }

  /** Runs every phase and writes the report; {@code args[0]} is the repository root. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
    Path out = root.resolve("docs/benchmarks");
    Files.createDirectories(out);
    Settings settings = Settings.fromSystemProperties();
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = system.getSystemLoadAverage();
    Instant started = Instant.now();
    List<Figure> figures = new ArrayList<>();
    Map<String, Long> phaseSeconds = new LinkedHashMap<>();
    try (StandaloneConsole console = StandaloneConsole.start(ORGS)) {
      long phase = System.nanoTime();
      figures.addAll(oneCall(console.baseUrl(), settings));
      phaseSeconds.put("one call (warm-up included)", seconds(phase));
      phase = System.nanoTime();
      figures.addAll(coldStart(console.baseUrl(), settings));
      phaseSeconds.put("cold start", seconds(phase));
      phase = System.nanoTime();
      figures.addAll(commandLine(console.baseUrl(), settings));
      phaseSeconds.put("command line", seconds(phase));
    }
    long phase = System.nanoTime();
    figures.addAll(bulk(settings));
    phaseSeconds.put("bulk", seconds(phase));
    double loadAfter = system.getSystemLoadAverage();

    String machine = String.format(Locale.ROOT, "%s, Java %s, %d cores; load average %.1f at the start and %.1f at the end"
            + " (other work on the machine counts in the load); commit %s; %d s in all (%s).",
        started.truncatedTo(ChronoUnit.SECONDS), System.getProperty("java.version"), system.getAvailableProcessors(),
        loadBefore, loadAfter, commit(root), Instant.now().getEpochSecond() - started.getEpochSecond(), phases(phaseSeconds));
    String report = report(figures, settings, machine);
    Files.writeString(out.resolve("paired.md"), report);
    Files.writeString(out.resolve("paired.json"), json(figures, settings, machine));
    System.out.println();
    System.out.println(report);
    System.out.println("written to " + out.resolve("paired.md") + " and paired.json");
  }

  // getById and block + unblock, a round each side in turn, the order flipped every round.
  private static List<Figure> oneCall(String baseUrl, Settings settings) {
    try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(baseUrl)
        .credentials(Credentials.apiClient(BenchConsole.CLIENT_ID, BenchConsole.SECRET)).build();
        Baseline byHand = new Baseline(baseUrl, BenchConsole.CLIENT_ID, BenchConsole.SECRET)) {
      Org org = client.orgs().getPage(1, 500).orgs().get(250);
      String guid = org.guid().value();
      CallRounds getById = new CallRounds(() -> client.orgs().getById(org.id()), () -> byHand.getOrg(guid));
      CallRounds blockUnblock = new CallRounds(() -> {
        client.orgs().block(org.id());
        client.orgs().unblock(org.id());
        return org;
      }, () -> {
        byHand.block(guid);
        byHand.unblock(guid);
        return guid;
      });
      System.out.printf("one call: warming up for %d s%n", settings.warmupSeconds());
      long warmUntil = System.nanoTime() + settings.warmupSeconds() * 1_000_000_000L;
      for (int round = 0; System.nanoTime() < warmUntil; round++) {
        getById.round(round, settings.calls(), settings.slice(), false);
        blockUnblock.round(round, settings.calls(), settings.slice(), false);
      }
      for (int round = 0; round < settings.rounds(); round++) {
        getById.round(round, settings.calls(), settings.slice(), true);
        blockUnblock.round(round, settings.calls(), settings.slice(), true);
        System.out.printf("one call: round %d of %d%n", round + 1, settings.rounds());
      }
      List<Figure> figures = new ArrayList<>();
      figures.add(new Figure("one call", "getById: wall per call", "us", getById.sdk.wall, getById.byHand.wall, false, "<=", 1.10));
      figures.add(new Figure("one call", "getById: client CPU per call", "us", getById.sdk.cpu, getById.byHand.cpu, false, "<=", 1.25));
      figures.add(new Figure("one call", "getById: wall, the median call", "us", getById.sdk.medianWall,
          getById.byHand.medianWall, false, "", 0));
      figures.add(new Figure("one call", "getById: client CPU, the median call", "us", getById.sdk.medianCpu,
          getById.byHand.medianCpu, false, "", 0));
      figures.add(new Figure("one call", "getById: bytes allocated per call (calling thread)", "B", getById.sdk.bytes,
          getById.byHand.bytes, false, "", 0));
      figures.add(new Figure("one call", "block + unblock: wall per pair", "us", blockUnblock.sdk.wall, blockUnblock.byHand.wall,
          false, "<=", 1.10));
      figures.add(new Figure("one call", "block + unblock: client CPU per pair", "us", blockUnblock.sdk.cpu,
          blockUnblock.byHand.cpu, false, "<=", 1.25));
      figures.add(new Figure("one call", "block + unblock: wall, the median pair", "us", blockUnblock.sdk.medianWall,
          blockUnblock.byHand.medianWall, false, "", 0));
      figures.add(new Figure("one call", "block + unblock: client CPU, the median pair", "us", blockUnblock.sdk.medianCpu,
          blockUnblock.byHand.medianCpu, false, "", 0));
      figures.add(new Figure("one call", "block + unblock: bytes allocated per pair (calling thread)", "B",
          blockUnblock.sdk.bytes, blockUnblock.byHand.bytes, false, "", 0));
      return figures;
    }
  }

  /**
   * Wall time, the calling thread's CPU and its allocation per call, one value a round: the
   * mean over the round's calls, and for wall and CPU the median call too, which a call that a
   * busy machine preempted or a GC stopped does not move.
   */
  private static final class Side {
    final List<Double> wall = new ArrayList<>();
    final List<Double> cpu = new ArrayList<>();
    final List<Double> bytes = new ArrayList<>();
    final List<Double> medianWall = new ArrayList<>();
    final List<Double> medianCpu = new ArrayList<>();
    private final Supplier<Object> call;
    private double[] wallNanos = new double[0];
    private double[] cpuNanos = new double[0];
    private long allocated;
    private int calls;

    Side(Supplier<Object> call) {
      this.call = call;
    }

    void slice(int count, int roundCalls) {
      if (wallNanos.length != roundCalls) {
        wallNanos = new double[roundCalls];
        cpuNanos = new double[roundCalls];
      }
      long bytesAtStart = THREADS.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < count; i++) {
        long cpuAtStart = THREADS.getCurrentThreadCpuTime();
        long wallAtStart = System.nanoTime();
        if (call.get() == null) {
          throw new IllegalStateException("a call returned nothing");
        }
        wallNanos[calls] = System.nanoTime() - wallAtStart;
        cpuNanos[calls] = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
        calls++;
      }
      allocated += THREADS.getCurrentThreadAllocatedBytes() - bytesAtStart;
    }

    void endRound(boolean record) {
      if (record) {
        wall.add(Arrays.stream(wallNanos, 0, calls).sum() / 1_000d / calls);
        cpu.add(Arrays.stream(cpuNanos, 0, calls).sum() / 1_000d / calls);
        bytes.add((double) allocated / calls);
        medianWall.add(median(wallNanos, calls) / 1_000d);
        medianCpu.add(median(cpuNanos, calls) / 1_000d);
      }
      allocated = 0;
      calls = 0;
    }

    private static double median(double[] values, int count) {
      double[] sorted = Arrays.copyOf(values, count);
      Arrays.sort(sorted);
      return Spread.quantile(sorted, 0.5);
    }
  }

  /**
   * One call measured on both sides: a round is slices of a few calls a side, in the order
   * SDK, by hand, by hand, SDK, ... (flipped every round), so that both sides of a round's ratio
   * meet the same moments of a shared machine's load, not only the same second.
   */
  private static final class CallRounds {
    final Side sdk;
    final Side byHand;

    CallRounds(Supplier<Object> sdk, Supplier<Object> byHand) {
      this.sdk = new Side(sdk);
      this.byHand = new Side(byHand);
    }

    void round(int round, int calls, int slice, boolean record) {
      for (int done = 0, index = 0; done < calls; done += slice, index++) {
        int count = Math.min(slice, calls - done);
        Side first = (round + index) % 2 == 0 ? sdk : byHand;
        Side second = first == sdk ? byHand : sdk;
        first.slice(count, calls);
        second.slice(count, calls);
      }
      sdk.endRound(record);
      byHand.endRound(record);
    }
  }

  // Fresh JVMs, SDK and by hand in turn, the order flipped every round; one untimed pair first
  // so that the jars are in the page cache for both.
  private static List<Figure> coldStart(String baseUrl, Settings settings) throws IOException, InterruptedException {
    List<Double> sdkCall = new ArrayList<>();
    List<Double> byHandCall = new ArrayList<>();
    List<Double> sdkProcess = new ArrayList<>();
    List<Double> byHandProcess = new ArrayList<>();
    firstCall("sdk", baseUrl);
    firstCall("by-hand", baseUrl);
    for (int round = 0; round < settings.coldRounds(); round++) {
      for (String side : round % 2 == 0 ? List.of("sdk", "by-hand") : List.of("by-hand", "sdk")) {
        double[] took = firstCall(side, baseUrl);
        (side.equals("sdk") ? sdkCall : byHandCall).add(took[0]);
        (side.equals("sdk") ? sdkProcess : byHandProcess).add(took[1]);
      }
      System.out.printf("cold start: round %d of %d%n", round + 1, settings.coldRounds());
    }
    return List.of(
        new Figure("cold start", "cold start: build + first call (fresh JVM)", "ms", sdkCall, byHandCall, false, "<=", 1.15),
        new Figure("cold start", "cold start: the whole process, JVM start to exit", "ms", sdkProcess, byHandProcess, false, "", 0));
  }

  // {in-process milliseconds of build + first call, the process's milliseconds from start to exit}
  private static double[] firstCall(String side, String baseUrl) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(StandaloneConsole.java(), "-cp", System.getProperty("java.class.path"),
        FirstCall.class.getName(), side, baseUrl).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long processNanos = System.nanoTime() - start;
    String line = output.lines().filter(each -> each.startsWith("first call ")).findFirst().orElse("");
    if (exit != 0 || line.isEmpty()) {
      throw new IllegalStateException(side + "'s first call exited " + exit + ": " + output);
    }
    return new double[] {Long.parseLong(line.substring("first call ".length()).trim()) / 1e6, processNanos / 1e6};
  }

  // The launcher as a user runs it (C1, serial GC, its AppCDS archive, written to a cache of
  // its own by one untimed run), in turn with java -version, CliStartupBenchmark's baseline.
  private static List<Figure> commandLine(String baseUrl, Settings settings) throws IOException, InterruptedException {
    Path launcher = StandaloneConsole.jar("crashplan-cli", ".jar").resolveSibling("crashplan4j");
    Path cache = Files.createTempDirectory("crashplan4j-paired-cds");
    try {
      List<String> listing = List.of("sh", launcher.toString(), "orgs", "list", "--format", "csv");
      List<String> jvmAlone = List.of(StandaloneConsole.java(), "-version");
      timed(listing, baseUrl, cache);
      try (Stream<Path> archives = Files.walk(cache)) {
        if (archives.noneMatch(path -> path.toString().endsWith(".jsa"))) {
          throw new IllegalStateException("the launcher's first run wrote no AppCDS archive under " + cache);
        }
      }
      List<Double> cli = new ArrayList<>();
      List<Double> jvm = new ArrayList<>();
      for (int round = 0; round < settings.cliRounds(); round++) {
        if (round % 2 == 0) {
          cli.add(timed(listing, baseUrl, cache));
          jvm.add(timed(jvmAlone, baseUrl, cache));
        } else {
          jvm.add(timed(jvmAlone, baseUrl, cache));
          cli.add(timed(listing, baseUrl, cache));
        }
        System.out.printf("command line: round %d of %d%n", round + 1, settings.cliRounds());
      }
      return List.of(new Figure("command line", "command line: `crashplan4j orgs list` of 1,001 orgs as a process (launcher: C1,"
          + " serial GC, AppCDS), against `java -version`", "ms", cli, jvm, false, "", 0));
    } finally {
      try (Stream<Path> files = Files.walk(cache)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static double timed(List<String> command, String baseUrl, Path cache) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> environment = builder.environment();
    environment.put("CRASHPLAN_URL", baseUrl);
    environment.put("CRASHPLAN_CLIENT_ID", BenchConsole.CLIENT_ID);
    environment.put("CRASHPLAN_CLIENT_SECRET", BenchConsole.SECRET);
    environment.put("XDG_CACHE_HOME", cache.toString());
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.remove("CRASHPLAN4J_JAVA_OPTS");
    environment.remove("CRASHPLAN4J_CDS");
    long start = System.nanoTime();
    int exit = builder.start().waitFor();
    long took = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException(command + " exited " + exit);
    }
    return took / 1e6;
  }

  // BulkBenchmark's own set-up and runs, each run after an unblock of every org, the three sides
  // in an order that rotates every round.
  private static List<Figure> bulk(Settings settings) {
    BulkBenchmark bench = new BulkBenchmark();
    bench.start();
    try {
      List<Supplier<Object>> sides = List.of(bench::bulkEightInFlight, bench::sequentialLoop, bench::byHandLoop);
      List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      bench.unblockAll();
      bench.bulkEightInFlight();
      for (int round = 0; round < settings.bulkRounds(); round++) {
        for (int turn = 0; turn < sides.size(); turn++) {
          int side = (round + turn) % sides.size();
          bench.unblockAll();
          long start = System.nanoTime();
          if (sides.get(side).get() == null) {
            throw new IllegalStateException("a bulk run returned nothing");
          }
          millis.get(side).add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf("bulk: round %d of %d%n", round + 1, settings.bulkRounds());
      }
      return List.of(
          new Figure("bulk", "1,000 blocks, 5 ms latency: throughput, bulk API (8 in flight) over a loop of SDK `block` calls",
              "ms", millis.get(0), millis.get(1), true, ">=", 6),
          new Figure("bulk", "1,000 blocks, 5 ms latency: throughput, bulk API (8 in flight) over a loop by hand", "ms",
              millis.get(0), millis.get(2), true, "", 0),
          new Figure("bulk", "1,000 blocks, 5 ms latency: wall, a loop of SDK `block` calls over a loop by hand", "ms",
              millis.get(1), millis.get(2), false, "", 0));
    } finally {
      bench.stop();
    }
  }

  static String report(List<Figure> figures, Settings settings, String machine) {
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "Paired mode (`RunPairedBenchmark`): %s%n%n", machine));
    report.append(String.format(Locale.ROOT, "One call: %d rounds of %d calls a side after %d s of warm-up, the SDK and"
            + " by hand in turn %d calls at a time (SDK, by hand, by hand, SDK, ...; flipped every round), against the standalone fake console in its own process"
            + " (1,001 orgs). Cold start: %d rounds of a fresh JVM each side. Command line: %d rounds."
            + " Bulk: %d rounds of the three runs, the fake in this JVM with 5 ms of latency on every answer."
            + " Each figure is the median over rounds of the per-round ratio; the middle half is its"
            + " interquartile range; the median's interval is distribution-free (order statistics; its"
            + " coverage is in paired.json, at least 95 %% from 6 rounds); the columns of the two sides are their"
            + " medians [quartiles] over the same rounds. A target is met when the whole interval clears it.%n%n",
        settings.rounds(), settings.calls(), settings.warmupSeconds(), settings.slice(), settings.coldRounds(), settings.cliRounds(),
        settings.bulkRounds()));
    report.append("| figure | measure | SDK side, median [quartiles] | baseline, median [quartiles] | ratio, median"
        + " | ratio, middle half | ratio, min - max | median's interval | target |\n"
        + "|---|---|---|---|---|---|---|---|---|\n");
    for (Figure figure : figures) {
      Spread ratio = Spread.of(figure.ratios());
      Spread sdk = Spread.of(figure.sdk());
      Spread baseline = Spread.of(figure.baseline());
      String format = figure.unit().equals("B") ? "%,.0f" : "%,.1f";
      report.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | **%.2f** | %.2f - %.2f (%.0f %%) | %.2f - %.2f | %s | %s |%n",
          figure.group(), figure.measure(), quartiles(sdk, format, figure.unit()), quartiles(baseline, format, figure.unit()),
          ratio.median(), ratio.lowerQuartile(), ratio.upperQuartile(), 100 * ratio.relativeIqr(), ratio.min(), ratio.max(),
          ratio.medianInterval("%.2f"), figure.verdict(ratio)));
    }
    report.append("\nSides: one call and cold start, the SDK against OkHttp + Jackson by hand (`Baseline`); the command"
        + " line against `java -version`, what a JVM costs to start and stop; bulk, the bulk API against the loops."
        + " Throughput ratios are the loop's time over the bulk run's.\n");
    return report.toString();
  }

  private static String quartiles(Spread spread, String format, String unit) {
    return String.format(Locale.ROOT, format + " " + unit + " [" + format + ", " + format + "]", spread.median(),
        spread.lowerQuartile(), spread.upperQuartile());
  }

  private static String json(List<Figure> figures, Settings settings, String machine) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Figure figure : figures) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("figure", figure.group());
      row.put("measure", figure.measure());
      row.put("unit", figure.unit());
      row.put("ratio", figure.throughput() ? "baseline / sdk (throughput)" : "sdk / baseline");
      row.put("target", figure.direction().isEmpty() ? "" : figure.direction() + " " + figure.target());
      Spread ratio = Spread.of(figure.ratios());
      row.put("verdict", figure.verdict(ratio));
      row.put("ratioSpread", ratio);
      row.put("sdkSpread", Spread.of(figure.sdk()));
      row.put("baselineSpread", Spread.of(figure.baseline()));
      row.put("ratios", figure.ratios());
      row.put("sdk", figure.sdk());
      row.put("baseline", figure.baseline());
      rows.add(row);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("machine", machine);
    document.put("settings", settings);
    document.put("figures", rows);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
  }

  private static String commit(Path root) {
    try {
      Process git = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "--short", "HEAD")
          .redirectErrorStream(true).start();
      String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor() == 0 ? head : "unknown";
    } catch (IOException | InterruptedException unknown) {
      return "unknown";
    }
  }

  private static long seconds(long since) {
    return (System.nanoTime() - since) / 1_000_000_000L;
  }

  private static String phases(Map<String, Long> seconds) {
    List<String> parts = new ArrayList<>();
    seconds.forEach((phase, took) -> parts.add(phase + " " + took + " s"));
    return String.join(", ", parts);
  }
}
