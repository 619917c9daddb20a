package com.example.modulepath;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.bulk.BulkOperation;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkSummary;
import dev.crashplan4j.api.bulk.csv.BulkCsv;
import dev.crashplan4j.api.bulk.csv.CsvInput;
import dev.crashplan4j.api.bulk.csv.CsvRow;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.micrometer.CrashPlanObservations;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.transport.feign.JsonBodies;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK used as an application on the module path uses it: the client finds the Feign
 * transport as the service its module provides, and every call goes through Feign, Jackson and
 * MapStruct into the transport's unexported package. Exits 1 and says what failed otherwise.
 */
public final class OnTheModulePath {

  private static final List<String> MODULES = List.of("dev.crashplan4j.core", "dev.crashplan4j.api",
      "dev.crashplan4j.transport.feign", "dev.crashplan4j.testkit", "dev.crashplan4j.micrometer");

  private OnTheModulePath() {}

  /** Runs the checks against a fake console on loopback. */
  public static void main(String[] args) {
    List<String> wrong = new ArrayList<>();
    for (String name : MODULES) {
      Module module = ModuleLayer.boot().findModule(name).orElse(null);
      if (module == null || module.getDescriptor().isAutomatic()) {
        wrong.add(name + " is not a named, explicit module on the module path");
      }
    }
    Module transport = CrashPlanClient.class.getModule().getLayer().findModule("dev.crashplan4j.transport.feign")
        .orElseThrow();
    if (transport.isExported("dev.crashplan4j.transport.feign.internal")) {
      wrong.add("dev.crashplan4j.transport.feign exports its internal package");
    }
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    try (FakeCrashPlanServer server = FakeCrashPlanServer.start()) {
      server.addApiClient("app", "app-secret");
      try (CrashPlanClient client = CrashPlanClient.builder()
          .baseUrl(server.baseUrl())
          .credentials(Credentials.apiClient("app", "app-secret"))
          .listener(CrashPlanObservations.listener(ObservationRegistry.create(), meters))
          .build()) {
        Org acme = client.orgs().createOrg(NewOrg.builder().name("Acme").build());
        client.orgs().block(acme.id());
        if (!client.orgs().getById(acme.id()).blocked()) {
          wrong.add("Acme was not blocked");
        }
        int listed = JsonBodies.data(client.http().get("/api/v1/Org")).get("orgs").size();
        if (listed != 2) {
          wrong.add("the listing had " + listed + " orgs, not the root org and Acme");
        }
        // Bulk work from a CSV: its packages are exported, and Jackson's CSV module is read.
        client.orgs().createOrg(NewOrg.builder().name("Globex").externalReference("CUST-2").build());
        CsvInput input = BulkCsv.read(new StringReader("externalReference\nCUST-2\n"), BulkOperation.BLOCK);
        BulkSummary summary = client.orgs().bulk().run(input.rows(), CsvRow::item, BulkOptions.defaults(), result -> {});
        if (summary.done() != 1) {
          wrong.add("the bulk block from CSV was not done: " + summary);
        }
      }
    }
    if (meters.find(CrashPlanObservations.SIGN_INS).counters().isEmpty()) {
      wrong.add("no " + CrashPlanObservations.SIGN_INS + " counter in the meter registry");
    }
    if (!wrong.isEmpty()) {
      wrong.forEach(System.err::println);
      System.exit(1);
    }
    System.out.println("on the module path: " + String.join(", ", MODULES)
        + " are named modules; the client found the Feign transport as a service, created, blocked and read Acme,"
        + " blocked Globex in bulk from a CSV, and counted its sign-in in Micrometer");
  }
}
