package dev.crashplan4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.RecordedRequest;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark, then the heap and request-count probes, then profiles of one call and
 * of the cold start ({@link CallProfile}), and writes {@code docs/benchmarks/results.json}, {@code results.md} and
 * {@code calls.png}.
 * Started by {@code mvn -q -P bench verify}; the argument is the repository's root.
 */
public final class RunBenchmarks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunBenchmarks() {}

  /** Runs it all; {@code args[0]} is the repository root. */
  public static void main(String[] args) throws RunnerException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : ".").resolve("docs/benchmarks").toAbsolutePath().normalize();
    Files.createDirectories(out);
    Path results = out.resolve("results.json");
    new Runner(new OptionsBuilder()
        .include("dev\\.crashplan4j\\.benchmarks\\.(OrgCall|Stream|Threads|ColdStart|Seed)Benchmark")
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(results.toString())
        .build()).run();

    StringBuilder report = new StringBuilder();
    JsonNode runs = JSON.readTree(results.toFile());
    report.append("| figure | measure | SDK | by hand | SDK / by hand | target |\n|---|---|---|---|---|---|\n");
    for (String[] call : new String[][] {{"getById", "GetById"}, {"block + unblock", "BlockUnblock"}}) {
      String sdk = "OrgCallBenchmark.sdk" + call[1];
      String byHand = "OrgCallBenchmark.baseline" + call[1];
      row(report, "1", call[0] + ": wall per call", wall(runs, sdk, ""), wall(runs, byHand, ""), "<=", 1.10);
      row(report, "1", call[0] + ": client CPU per call", cpu(runs, sdk), cpu(runs, byHand), "<=", 1.25);
      row(report, "1", call[0] + ": bytes allocated per call (whole JVM)", secondary(runs, sdk, "gc.alloc.rate.norm"),
          secondary(runs, byHand, "gc.alloc.rate.norm"), call[1].equals("GetById") ? "<=" : "", 1.5);
    }
    row(report, "1", "getById, Feign transport alone: wall", wall(runs, "OrgCallBenchmark.transportGetById", ""),
        wall(runs, "OrgCallBenchmark.baselineGetById", ""), "", 0);
    row(report, "1", "getById, Feign transport alone: client CPU", cpu(runs, "OrgCallBenchmark.transportGetById"),
        cpu(runs, "OrgCallBenchmark.baselineGetById"), "", 0);
    row(report, "1", "getById, Feign transport alone: bytes", secondary(runs, "OrgCallBenchmark.transportGetById", "gc.alloc.rate.norm"),
        secondary(runs, "OrgCallBenchmark.baselineGetById", "gc.alloc.rate.norm"), "", 0);
    row(report, "1", "getPage(1, 500): wall", wall(runs, "OrgCallBenchmark.sdkGetPage", ""),
        wall(runs, "OrgCallBenchmark.baselineGetPage", ""), "<=", 1.10);
    row(report, "1", "getPage(1, 500): client CPU", cpu(runs, "OrgCallBenchmark.sdkGetPage"),
        cpu(runs, "OrgCallBenchmark.baselineGetPage"), "", 0);
    row(report, "2", "streamOrgs, 10,000 orgs: wall", wall(runs, "StreamBenchmark.sdkStreamOrgs", "10000"),
        wall(runs, "StreamBenchmark.baselineStreamOrgs", "10000"), "", 0);
    row(report, "2", "streamOrgs, 100,000 orgs: wall", wall(runs, "StreamBenchmark.sdkStreamOrgs", "100000"),
        wall(runs, "StreamBenchmark.baselineStreamOrgs", "100000"), "<=", 1.10);
    row(report, "4", "getById, 16 threads, 5 ms latency: throughput", wall(runs, "ThreadsBenchmark.sdkSixteenThreads", ""),
        wall(runs, "ThreadsBenchmark.baselineSixteenThreads", ""), ">=", 0.95);
    row(report, "4", "getById, 1 thread, 5 ms latency: throughput", wall(runs, "ThreadsBenchmark.sdkOneThread", ""),
        wall(runs, "ThreadsBenchmark.baselineOneThread", ""), "", 0);
    row(report, "5", "cold start: build + first call (fresh JVM)", wall(runs, "ColdStartBenchmark.sdkFirstCall", ""),
        wall(runs, "ColdStartBenchmark.baselineFirstCall", ""), "<=", 1.2);
    double one = wall(runs, "ThreadsBenchmark.sdkOneThread", "").score;
    double sixteen = wall(runs, "ThreadsBenchmark.sdkSixteenThreads", "").score;
    double baseOne = wall(runs, "ThreadsBenchmark.baselineOneThread", "").score;
    double baseSixteen = wall(runs, "ThreadsBenchmark.baselineSixteenThreads", "").score;
    report.append(String.format("| 4 | 16 threads / 1 thread, 5 ms latency | %.1fx | %.1fx | | >= 10x %s |%n",
        sixteen / one, baseSixteen / baseOne, sixteen / one >= 10 ? "met" : "MISSED"));
    report.append(String.format("| - | testkit: a tenant of 10,000 orgs generated | %.1f ms | | | well under 1 s %s |%n",
        wall(runs, "SeedBenchmark.tenThousandOrgs", "").score, wall(runs, "SeedBenchmark.tenThousandOrgs", "").score < 500 ? "met" : "MISSED"));
    report.append("\n").append(heapProbe()).append("\n").append(lookupProbe()).append("\n");
    Path work = Path.of("target", "profiles").toAbsolutePath();
    report.append("Where getById's client CPU goes: each benchmark run once more, one fork, under async-profiler"
        + " (a sample per ms of CPU time; the layer of a sample is the deepest frame that names one):\n\n");
    report.append(CallProfile.oneCall(work)).append('\n');
    report.append("Where the cold start's time goes: one more fresh JVM each under async-profiler"
        + " (a sample per ms of wall time of the benchmark's thread, waits included):\n\n");
    report.append(CallProfile.coldStart(work));
    Files.writeString(out.resolve("results.md"), report.toString());
    Files.deleteIfExists(out.resolve("threads.png"));
    chart(out.resolve("calls.png").toFile(), new double[] {one, sixteen, baseOne, baseSixteen},
        new Figure[] {cpu(runs, "OrgCallBenchmark.sdkGetById"), cpu(runs, "OrgCallBenchmark.transportGetById"),
            cpu(runs, "OrgCallBenchmark.baselineGetById")});
    System.out.println();
    System.out.println(report);
    System.out.println("written to " + out);
  }

  /** A figure with its error: JMH's 99.9 % confidence interval, or the same over iterations. */
  private record Figure(double score, double error, String unit) {
    @Override
    public String toString() {
      return String.format("%,.1f ± %,.1f %s", score, error, unit);
    }
  }

  private static void row(StringBuilder report, String figure, String measure, Figure sdk, Figure byHand, String direction,
      double target) {
    double ratio = sdk.score / byHand.score;
    // The ratio's error, to first order, from both sides' relative errors.
    double ratioError = ratio * Math.hypot(sdk.error / sdk.score, byHand.error / byHand.score);
    String verdict = direction.isEmpty() ? "reported"
        : String.format("%s %.2f %s", direction, target,
            (direction.equals("<=") ? ratio <= target : ratio >= target) ? "met" : "MISSED");
    report.append(String.format("| %s | %s | %s | %s | %.2f ± %.2f | %s |%n", figure, measure, sdk, byHand, ratio, ratioError, verdict));
  }

  private static JsonNode run(JsonNode runs, String benchmark, String param) {
    for (JsonNode run : runs) {
      boolean paramMatches = param.isEmpty() || run.path("params").path("orgs").asText().equals(param);
      if (run.get("benchmark").asText().endsWith(benchmark) && paramMatches) {
        return run;
      }
    }
    throw new IllegalStateException("no result for " + benchmark + " " + param);
  }

  private static Figure wall(JsonNode runs, String benchmark, String param) {
    JsonNode metric = run(runs, benchmark, param).get("primaryMetric");
    return new Figure(metric.get("score").asDouble(), error(metric), metric.get("scoreUnit").asText());
  }

  private static Figure secondary(JsonNode runs, String benchmark, String name) {
    JsonNode metric = run(runs, benchmark, "").get("secondaryMetrics").get(name);
    return new Figure(metric.get("score").asDouble(), error(metric), metric.get("scoreUnit").asText());
  }

  // A single fork's or a single shot's error is NaN in JMH's JSON: shown as 0, and said so in the README.
  private static double error(JsonNode metric) {
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return Double.isNaN(error) ? 0 : error;
  }

  // The calling thread's CPU per call, per iteration, then their mean and a 99.9 % interval (normal approximation).
  private static Figure cpu(JsonNode runs, String benchmark) {
    JsonNode secondary = run(runs, benchmark, "").get("secondaryMetrics");
    List<Double> perCall = new ArrayList<>();
    JsonNode cpuForks = secondary.get("cpuNanos").get("rawData");
    JsonNode callForks = secondary.get("calls").get("rawData");
    for (int fork = 0; fork < cpuForks.size(); fork++) {
      for (int iteration = 0; iteration < cpuForks.get(fork).size(); iteration++) {
        perCall.add(cpuForks.get(fork).get(iteration).asDouble() / callForks.get(fork).get(iteration).asDouble() / 1_000);
      }
    }
    double mean = perCall.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double variance = perCall.stream().mapToDouble(value -> (value - mean) * (value - mean)).sum() / Math.max(1, perCall.size() - 1);
    return new Figure(mean, 3.29 * Math.sqrt(variance / perCall.size()), "us/op CPU");
  }

  // Figure 2's memory half: the most heap in use while streaming, above what the tenant itself takes.
  private static String heapProbe() {
    Map<Integer, Long> peaks = new LinkedHashMap<>();
    for (int size : new int[] {10_000, 100_000}) {
      try (FakeCrashPlanServer server = FakeCrashPlanServer.start().addApiClient("bench", "bench-secret");
          CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
              .credentials(Credentials.apiClient("bench", "bench-secret")).build()) {
        server.tenant().addOrgs(size - 1);
        client.orgs().getPage(1, 1);
        long before = usedAfterGc();
        AtomicLong peak = new AtomicLong();
        AtomicLong seen = new AtomicLong();
        client.orgs().streamOrgs().forEach(org -> {
          if (seen.incrementAndGet() % 5_000 == 0) {
            peak.accumulateAndGet(usedAfterGc() - before, Math::max);
          }
        });
        peaks.put(size, peak.get());
      }
    }
    long grew = peaks.get(100_000) - peaks.get(10_000);
    return String.format("Heap in use while streaming, above the tenant itself (after GC, sampled every 5,000 orgs):"
            + " %.1f MB for 10,000 orgs, %.1f MB for 100,000 orgs: %+.1f MB (target: at most a few MB) %s%n",
        mb(peaks.get(10_000)), mb(peaks.get(100_000)), mb(grew), Math.abs(mb(grew)) <= 5 ? "met" : "MISSED");
  }

  // Figure 3: what id resolution costs, counted in the fake's journal.
  private static String lookupProbe() {
    try (FakeCrashPlanServer server = FakeCrashPlanServer.start().addApiClient("bench", "bench-secret");
        CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
            .credentials(Credentials.apiClient("bench", "bench-secret")).build()) {
      server.tenant().addOrgs(99_999);
      List<Org> all = server.tenant().orgs();
      client.orgs().getById(all.get(all.size() - 1).id());
      long listing = count(server, "GET /api/v1/Org");
      server.clearRequests();
      for (int i = 0; i < 1_000; i++) {
        client.orgs().getById(all.get(i * 97).id());
      }
      long after = server.requestCount();
      long gets = server.requests().stream().filter(request -> request.path().startsWith("/api/v3/orgs/")).count();
      return String.format("Id resolution in a 100,000-org tenant: the first look-up walked the listing once (%d page requests);"
              + " 1,000 look-ups of distinct ids then took %d requests, %d of them GET /api/v3/orgs (target: at most one listing"
              + " plus 1,000) %s%n", listing, after, gets, after <= 1_000 ? "met" : "MISSED");
    }
  }

  private static long count(FakeCrashPlanServer server, String line) {
    return server.requests().stream().map(RecordedRequest::line).filter(line::equals).count();
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return bytes / 1_048_576d;
  }

  // Left: throughput by threads with 5 ms of latency. Right: getById's client CPU per call, with its error.
  private static void chart(File file, double[] throughput, Figure[] cpu) throws IOException {
    int width = 1100;
    int height = 440;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    Color sdk = new Color(0x4C78A8);
    Color sdkDark = new Color(0x1F4E79);
    Color byHand = new Color(0xF58518);
    Color byHandDark = new Color(0xB45309);
    panel(g, 20, 600, height, "getById, 5 ms latency: ops/s by threads (higher is better)",
        new String[] {"SDK, 1 thread", "SDK, 16 threads", "by hand, 1", "by hand, 16"}, throughput, new double[4],
        new Color[] {sdk, sdkDark, byHand, byHandDark}, "%.0f");
    panel(g, 640, 440, height, "getById: client CPU per call, us (lower is better)",
        new String[] {"SDK", "transport alone", "by hand"},
        new double[] {cpu[0].score, cpu[1].score, cpu[2].score}, new double[] {cpu[0].error, cpu[1].error, cpu[2].error},
        new Color[] {sdk, new Color(0x72B7B2), byHand}, "%.1f");
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(String.format("Threads, 1 to 16: SDK %.1fx, by hand %.1fx. CPU: mean with its 99.9 %% interval over iterations.",
        throughput[1] / throughput[0], throughput[3] / throughput[2]), 20, height - 16);
    g.dispose();
    ImageIO.write(image, "png", file);
  }

  private static void panel(Graphics2D g, int left, int width, int height, String title, String[] labels, double[] values,
      double[] errors, Color[] colors, String format) {
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, left, 30);
    double max = 0;
    for (int i = 0; i < values.length; i++) {
      max = Math.max(max, values[i] + errors[i]);
    }
    int bottom = height - 70;
    int top = 60;
    int barWidth = Math.min(110, (width - 20) / labels.length - 20);
    int gap = (width - labels.length * barWidth) / (labels.length + 1);
    g.setStroke(new BasicStroke(1));
    g.drawLine(left, bottom, left + width, bottom);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int i = 0; i < labels.length; i++) {
      int x = left + gap + i * (barWidth + gap);
      int barHeight = (int) Math.round((bottom - top) * values[i] / max);
      g.setColor(colors[i]);
      g.fillRect(x, bottom - barHeight, barWidth, barHeight);
      g.setColor(Color.DARK_GRAY);
      if (errors[i] > 0) {
        int whisker = (int) Math.round((bottom - top) * errors[i] / max);
        int middle = x + barWidth / 2;
        g.drawLine(middle, bottom - barHeight - whisker, middle, bottom - barHeight + whisker);
        g.drawLine(middle - 6, bottom - barHeight - whisker, middle + 6, bottom - barHeight - whisker);
        g.drawLine(middle - 6, bottom - barHeight + whisker, middle + 6, bottom - barHeight + whisker);
      }
      g.drawString(String.format(format, values[i]), x + 4, bottom - barHeight - 6 - (int) Math.round((bottom - top) * errors[i] / max));
      g.drawString(labels[i], x, bottom + 20);
    }
  }
}
