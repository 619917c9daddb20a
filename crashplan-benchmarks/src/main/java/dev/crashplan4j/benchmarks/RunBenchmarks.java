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
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark, then the heap and request-count probes, and writes
 * {@code docs/benchmarks/results.json}, {@code results.md} and {@code threads.png}.
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
        .include("dev\\.crashplan4j\\.benchmarks\\..*Benchmark")
        .resultFormat(ResultFormatType.JSON)
        .result(results.toString())
        .build()).run();

    StringBuilder report = new StringBuilder();
    JsonNode runs = JSON.readTree(results.toFile());
    report.append("| figure | measure | SDK | by hand | SDK / by hand | target |\n|---|---|---|---|---|---|\n");
    pair(report, runs, "1", "getById", "OrgCallBenchmark.sdkGetById", "OrgCallBenchmark.baselineGetById", "", 1.10);
    pair(report, runs, "1", "block + unblock", "OrgCallBenchmark.sdkBlockUnblock", "OrgCallBenchmark.baselineBlockUnblock", "", 1.10);
    pair(report, runs, "1", "getPage(1, 500)", "OrgCallBenchmark.sdkGetPage", "OrgCallBenchmark.baselineGetPage", "", 1.15);
    pair(report, runs, "2", "streamOrgs, 10,000 orgs", "StreamBenchmark.sdkStreamOrgs", "StreamBenchmark.baselineStreamOrgs", "10000", 1.2);
    pair(report, runs, "2", "streamOrgs, 100,000 orgs", "StreamBenchmark.sdkStreamOrgs", "StreamBenchmark.baselineStreamOrgs", "100000", 1.2);
    pair(report, runs, "5", "cold start: build + first call", "ColdStartBenchmark.sdkFirstCall", "ColdStartBenchmark.baselineFirstCall", "", 0);
    double one = median(runs, "ThreadsBenchmark.sdkOneThread", "");
    double sixteen = median(runs, "ThreadsBenchmark.sdkSixteenThreads", "");
    double baseOne = median(runs, "ThreadsBenchmark.baselineOneThread", "");
    double baseSixteen = median(runs, "ThreadsBenchmark.baselineSixteenThreads", "");
    report.append(String.format("| 4 | 16 threads / 1 thread, 5 ms latency (ops/s) | %.0f / %.0f = %.1fx | %.0f / %.0f = %.1fx | | >= 10x %s |%n",
        sixteen, one, sixteen / one, baseSixteen, baseOne, baseSixteen / baseOne, sixteen / one >= 10 ? "met" : "MISSED"));

    report.append(String.format("| - | testkit: a tenant of 10,000 orgs generated | %.1f ms | | | well under 1 s %s |%n",
        median(runs, "SeedBenchmark.tenThousandOrgs", ""), median(runs, "SeedBenchmark.tenThousandOrgs", "") < 500 ? "met" : "MISSED"));
    report.append("\n").append(heapProbe()).append("\n").append(lookupProbe()).append("\n");
    Files.writeString(out.resolve("results.md"), report.toString());
    chart(out.resolve("threads.png").toFile(), new String[] {"SDK, 1 thread", "SDK, 16 threads", "by hand, 1 thread", "by hand, 16 threads"},
        new double[] {one, sixteen, baseOne, baseSixteen});
    System.out.println();
    System.out.println(report);
    System.out.println("written to " + out);
  }

  private static void pair(StringBuilder report, JsonNode runs, String figure, String measure, String sdk, String baseline,
      String param, double target) {
    double ours = median(runs, sdk, param);
    double theirs = median(runs, baseline, param);
    double ratio = ours / theirs;
    String unit = unit(runs, sdk);
    String verdict = target == 0 ? "reported" : String.format("<= %.2f %s", target, ratio <= target ? "met" : "MISSED");
    report.append(String.format("| %s | %s | %.3f %s | %.3f %s | %.3f | %s |%n", figure, measure, ours, unit, theirs, unit, ratio, verdict));
  }

  // The median of the iterations' scores: one slow iteration does not move it.
  private static double median(JsonNode runs, String benchmark, String param) {
    for (JsonNode run : runs) {
      boolean paramMatches = param.isEmpty() || run.path("params").path("orgs").asText().equals(param);
      if (run.get("benchmark").asText().endsWith(benchmark) && paramMatches) {
        List<Double> scores = new ArrayList<>();
        for (JsonNode fork : run.get("primaryMetric").get("rawData")) {
          fork.forEach(score -> scores.add(score.asDouble()));
        }
        scores.sort(Double::compare);
        int middle = scores.size() / 2;
        return scores.size() % 2 == 1 ? scores.get(middle) : (scores.get(middle - 1) + scores.get(middle)) / 2;
      }
    }
    throw new IllegalStateException("no result for " + benchmark + " " + param);
  }

  private static String unit(JsonNode runs, String benchmark) {
    for (JsonNode run : runs) {
      if (run.get("benchmark").asText().endsWith(benchmark)) {
        return run.get("primaryMetric").get("scoreUnit").asText();
      }
    }
    return "";
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

  private static void chart(File file, String[] labels, double[] values) throws IOException {
    int width = 760;
    int height = 420;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("getById with 5 ms of latency: throughput by threads (ops/s, higher is better)", 20, 30);
    double max = 0;
    for (double value : values) {
      max = Math.max(max, value);
    }
    int left = 60;
    int bottom = height - 70;
    int top = 60;
    int barWidth = 120;
    int gap = (width - left - 20 - labels.length * barWidth) / (labels.length + 1);
    g.setStroke(new BasicStroke(1));
    g.drawLine(left, bottom, width - 20, bottom);
    Color[] colors = {new Color(0x4C78A8), new Color(0x1F4E79), new Color(0xF58518), new Color(0xB45309)};
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int i = 0; i < labels.length; i++) {
      int x = left + gap + i * (barWidth + gap);
      int barHeight = (int) Math.round((bottom - top) * values[i] / max);
      g.setColor(colors[i]);
      g.fillRect(x, bottom - barHeight, barWidth, barHeight);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format("%.0f", values[i]), x + 8, bottom - barHeight - 6);
      g.drawString(labels[i], x, bottom + 20);
    }
    g.drawString(String.format("SDK: %.1fx from 1 to 16 threads; by hand: %.1fx", values[1] / values[0], values[3] / values[2]),
        left, height - 20);
    g.dispose();
    ImageIO.write(image, "png", file);
  }
}
