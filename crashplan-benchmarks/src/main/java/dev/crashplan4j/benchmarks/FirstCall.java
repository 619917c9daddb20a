package dev.crashplan4j.benchmarks;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;

/**
 * One side of the cold start, as the main class of a fresh JVM that {@link RunPairedBenchmark}
 * starts: build the client, sign in, read the first page of 10 orgs (what
 * {@link ColdStartBenchmark} measures), then print {@code first call <nanoseconds>} on standard
 * output. Arguments: {@code sdk|by-hand BASE_URL}.
 */
public final class FirstCall {

  private FirstCall() {}

  /** Makes one side's first call and prints how long it took. */
  public static void main(String[] args) {
    String baseUrl = args[1];
    long start = System.nanoTime();
    int orgs = switch (args[0]) {
      case "sdk" -> Sdk.firstPage(baseUrl);
      case "by-hand" -> ByHand.firstPage(baseUrl);
      default -> throw new IllegalArgumentException("sdk or by-hand, not " + args[0]);
    };
    long took = System.nanoTime() - start;
    if (orgs != 10) {
      throw new IllegalStateException("the first page held " + orgs + " orgs, not 10");
    }
    System.out.println("first call " + took);
  }

  // Each side in a class of its own, so that verifying main loads neither side's classes
  // before the clock starts.
  private static final class Sdk {
    static int firstPage(String baseUrl) {
      try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(baseUrl)
          .credentials(Credentials.apiClient(BenchConsole.CLIENT_ID, BenchConsole.SECRET)).build()) {
        return client.orgs().getPage(1, 10).orgs().size();
      }
    }
  }

  private static final class ByHand {
    @SuppressWarnings("unchecked")
    static int firstPage(String baseUrl) {
      try (Baseline baseline = new Baseline(baseUrl, BenchConsole.CLIENT_ID, BenchConsole.SECRET)) {
        return ((java.util.List<Object>) baseline.page(1, 10).get("orgs")).size();
      }
    }
  }
}
