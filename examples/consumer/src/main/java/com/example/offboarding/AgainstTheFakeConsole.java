package com.example.offboarding;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The job against the standalone fake console, started as a process as a test in any language
 * would start it: exits 0 when the customer's orgs end up blocked and the others do not.
 */
public final class AgainstTheFakeConsole {

  private AgainstTheFakeConsole() {}

  /** Runs the job against the fake console jar at {@code args[0]}. */
  public static void main(String[] args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process console = new ProcessBuilder(java, "-jar", args[0], "--port", "0", "--api-client", "job:job-secret")
        .redirectErrorStream(true).start();
    try {
      String first = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8)).readLine();
      if (first == null || !first.startsWith("listening on ")) {
        throw new IllegalStateException("the fake console did not start: " + first);
      }
      try (CrashPlanClient client = CrashPlanClient.builder()
          .baseUrl(first.substring("listening on ".length()))
          .credentials(Credentials.apiClient("job", "job-secret"))
          .build()) {
        Org acme = client.orgs().createOrg(NewOrg.builder().name("Acme").externalReference("CUST-1").build());
        Org sales = client.orgs().createOrg(NewOrg.builder().name("Acme Sales").parentOrgUid(acme.uid()).build());
        Org globex = client.orgs().createOrg(NewOrg.builder().name("Globex").externalReference("CUST-2").build());

        new OffboardingJob(client).offboard("CUST-1");

        boolean right = client.orgs().getById(acme.id()).blocked()
            && client.orgs().getById(sales.id()).blocked()
            && !client.orgs().getById(globex.id()).blocked();
        System.out.println(right
            ? "offboarding CUST-1 blocked Acme and Acme Sales, left Globex alone"
            : "offboarding went wrong");
        if (!right) {
          System.exit(1);
        }
      }
    } finally {
      console.destroy();
      console.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
