package dev.crashplan4j.api.tree;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Clock;
import java.util.List;

/** The fake console and a client of it whose retries only record their waits, so nothing sleeps. */
final class TreeConsole {

  static final String CLIENT_ID = "tree";
  static final String SECRET = "tree-secret";

  private TreeConsole() {}

  static FakeCrashPlanServerExtension extension() {
    return new FakeCrashPlanServerExtension().seed(tenant -> tenant.addApiClient(CLIENT_ID, SECRET));
  }

  static CrashPlanClient client(FakeCrashPlanServer server) {
    return CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient(CLIENT_ID, SECRET))
        .retries(Retries.builder().maxAttempts(3).build()).clock(Clock.systemUTC()).sleeper(new ManualClock()).build();
  }

  /** The requests that could change the console: every POST and PUT but signing in. */
  static List<String> writes(FakeCrashPlanServer server) {
    return server.requests().stream()
        .filter(request -> request.method().equals("POST") || request.method().equals("PUT"))
        .filter(request -> !request.path().equals("/api/v3/oauth/token"))
        .map(RecordedRequest::line)
        .toList();
  }
}
