package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.RequestOutcome;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of fault against each org operation, over HTTP, the console refusing without
 * applying or applying and then losing its answer: the call recovers, returning the right value
 * with the right effect on the console, or raises the right typed exception; no state-changing
 * request is ever carried out twice, and no org created twice.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultMatrixTest {

  private enum Effect { READ, UPDATE, STATE_CHANGE, CREATE, NO_BODY_STATE_CHANGE }

  /** What a call that recovered must have returned and done on the console. */
  @FunctionalInterface
  private interface Outcome {
    void check(FakeTenant tenant, Org target, Object returned);
  }

  private record Operation(String name, Effect effect, String endpoint, BiConsumer<OrgService, Org> prepare,
      BiFunction<OrgService, Org, Object> call, Outcome outcome) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Operation op(String name, Effect effect, String endpoint, BiFunction<OrgService, Org, Object> call,
      Outcome outcome) {
    return new Operation(name, effect, endpoint, (orgs, org) -> {}, call, outcome);
  }

  private record Kind(String name, Fault fault) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Operation> OPERATIONS = List.of(
      op("getById", Effect.READ, "GET /api/v3/orgs/{orgGuid}", (orgs, org) -> orgs.getById(org.id()),
          (tenant, target, returned) -> assertThat(returned).isEqualTo(tenant.org(target.id()).orElseThrow())),
      op("getByUid", Effect.READ, "GET /api/v3/orgs/{orgGuid}", (orgs, org) -> orgs.getByUid(org.uid()),
          (tenant, target, returned) -> assertThat(returned).isEqualTo(tenant.org(target.id()).orElseThrow())),
      op("getPage", Effect.READ, "GET /api/v1/Org", (orgs, org) -> orgs.getPage(1),
          (tenant, target, returned) -> assertThat(((OrgPage) returned).orgs()).containsExactlyElementsOf(tenant.orgs())),
      op("streamOrgs", Effect.READ, "GET /api/v1/Org", (orgs, org) -> orgs.streamOrgs().collect(Collectors.toList()),
          (tenant, target, returned) -> assertThat(returned).isEqualTo(tenant.orgs())),
      op("orgIdMap", Effect.READ, "GET /api/v1/Org", (orgs, org) -> orgs.orgIdMap(),
          (tenant, target, returned) -> {
            assertThat((Map<?, ?>) returned).hasSize(tenant.orgs().size());
            assertThat(((Map<?, ?>) returned).get(target.id())).isEqualTo(target.guid());
          }),
      op("getAgentState", Effect.READ, "GET /api/v38/agent-state/view-by-organization-id",
          (orgs, org) -> orgs.getAgentFullDiskAccessStates(org.id()),
          (tenant, target, returned) -> assertThat((List<?>) returned).singleElement()
              .satisfies(state -> assertThat(((AgentState) state).value()).contains("true"))),
      op("getSettings", Effect.READ, "GET /api/v1/Org/{orgId}", (orgs, org) -> orgs.getSettings(org.id()),
          (tenant, target, returned) -> {
            assertThat(((OrgSettings) returned).orgId()).isEqualTo(target.id());
            assertThat(((OrgSettings) returned).archiveHoldDays()).contains(30);
          }),
      op("updateOrg", Effect.UPDATE, "PUT /api/v3/orgs/{orgGuid}",
          (orgs, org) -> orgs.updateOrg(org.id(), OrgUpdate.builder().notes("matrix").build()),
          (tenant, target, returned) -> {
            assertThat(((Org) returned).notes()).contains("matrix");
            assertThat(tenant.org(target.id()).orElseThrow().notes()).contains("matrix");
          }),
      op("updateSettings", Effect.UPDATE, "PUT /api/v1/Org/{orgId}", (orgs, org) -> {
        SettingsUpdateResult result = orgs.updateSettings(orgs.getSettings(org.id()).edit().archiveHoldDays(77));
        result.throwIfFailed();
        return result;
      }, (tenant, target, returned) -> {
        assertThat(((SettingsUpdateResult) returned).orgDocument().state()).isEqualTo(RequestOutcome.State.SUCCEEDED);
        assertThat(((Map<?, ?>) tenant.settingsDocument(target.id()).get("settings")).get("archiveHoldDays")).isEqualTo(77);
      }),
      op("createOrg", Effect.CREATE, "POST /api/v3/orgs",
          (orgs, org) -> orgs.createOrg(NewOrg.builder().name("Matrix child").parentOrgUid(org.uid()).build()),
          (tenant, target, returned) -> {
            assertThat(((Org) returned).parentId()).contains(target.id());
            assertThat(tenant.orgs()).filteredOn(org -> org.name().equals("Matrix child")).containsExactly((Org) returned);
          }),
      op("block", Effect.NO_BODY_STATE_CHANGE, "POST /api/v3/orgs/{orgGuid}/block", acting(OrgService::block),
          (tenant, target, returned) -> assertThat(tenant.org(target.id()).orElseThrow().blocked()).isTrue()),
      new Operation("unblock", Effect.NO_BODY_STATE_CHANGE, "POST /api/v3/orgs/{orgGuid}/unblock",
          (orgs, org) -> orgs.block(org.id()), acting(OrgService::unblock),
          (tenant, target, returned) -> assertThat(tenant.org(target.id()).orElseThrow().blocked()).isFalse()),
      op("deactivate", Effect.NO_BODY_STATE_CHANGE, "POST /api/v3/orgs/{orgGuid}/deactivate",
          acting(OrgService::deactivate),
          (tenant, target, returned) -> assertThat(tenant.org(target.id()).orElseThrow().status()).isEqualTo(OrgStatus.DEACTIVATED)),
      new Operation("reactivate", Effect.NO_BODY_STATE_CHANGE, "POST /api/v3/orgs/{orgGuid}/activate",
          (orgs, org) -> orgs.deactivate(org.id()), acting(OrgService::reactivate),
          (tenant, target, returned) -> assertThat(tenant.org(target.id()).orElseThrow().status()).isEqualTo(OrgStatus.ACTIVE)));

  // The org actions answer nothing: the matrix checks their effect on the console instead.
  private static BiFunction<OrgService, Org, Object> acting(BiConsumer<OrgService, OrgId> action) {
    return (orgs, org) -> {
      action.accept(orgs, org.id());
      return org;
    };
  }

  private static final List<Kind> FAULTS = List.of(
      new Kind("500", Fault.status(500, "internal error")),
      new Kind("503", Fault.status(503, "maintenance")),
      new Kind("429", Fault.tooManyRequests(Duration.ofSeconds(1))),
      new Kind("latency", Fault.delay(Duration.ofMillis(20))),
      new Kind("disconnect", Fault.disconnect()),
      new Kind("truncated body", Fault.truncatedBody()),
      new Kind("malformed body", Fault.malformedBody()),
      new Kind("expired token", Fault.expiredToken()),
      new Kind("applied, then dropped", Fault.afterApplying(Fault.disconnect())),
      new Kind("applied, then 500", Fault.afterApplying(Fault.status(500, "internal error"))),
      new Kind("applied, then 504", Fault.afterApplying(Fault.status(504, "gateway timeout"))));

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Kind fault : FAULTS) {
      for (Operation operation : OPERATIONS) {
        cases.add(Arguments.of(fault, operation));
      }
    }
    return cases.stream();
  }

  /** What the fault must lead to: null when the call recovers, else the exception type. */
  private static Class<? extends CrashPlanException> expected(Kind kind, Operation operation) {
    // Every lost or failed answer is recovered: reads and updates are sent again, state changes
    // are looked up first. Only a 200 whose body is not the console's is the caller's to see,
    // and a create the console applied: on one clock the org it made is dated at the call's
    // start, inside the second the console's Date cannot split, so it is named, never taken.
    if (operation.name.equals("createOrg") && (kind.name.startsWith("applied") || kind.name.equals("truncated body"))) {
      return OutcomeUnknownException.class;
    }
    return kind.name.equals("malformed body") ? UnexpectedResponseException.class : null;
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void noFaultMakesAChangeTwice(Kind kind, Operation operation) {
    ManualClock time = new ManualClock();
    try (FakeCrashPlanServer server = FakeCrashPlanServer.start(time).addApiClient("id", "secret");
        CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).clock(time).sleeper(time).build()) {
      Org org = server.tenant().addOrg("Target");
      server.tenant().addDevice(org.id(), "mac-1", java.util.Map.of("fullDiskAccess", "true"));
      OrgService orgs = client.orgs();
      orgs.getById(org.id());
      operation.prepare.accept(orgs, org);
      int orgsBefore = server.tenant().orgs().size();
      server.clearRequests();
      server.inject(operation.endpoint, 1, kind.fault);

      Object[] returned = new Object[1];
      Throwable thrown = catchThrowable(() -> returned[0] = operation.call.apply(orgs, org));

      Class<? extends CrashPlanException> expected = expected(kind, operation);
      if (expected == null) {
        assertThat(thrown).as("recovers").isNull();
        operation.outcome.check(server.tenant(), org, returned[0]);
      } else {
        assertThat(thrown).isInstanceOf(expected);
        if (expected == OutcomeUnknownException.class) {
          Org made = server.tenant().orgs().stream().filter(o -> o.name().equals("Matrix child")).findFirst().orElseThrow();
          assertThat(thrown).as("names the org it may have made").hasMessageContaining(made.guid().value());
        }
      }
      if (operation.effect == Effect.CREATE || operation.effect == Effect.NO_BODY_STATE_CHANGE) {
        String method = operation.endpoint.substring(0, operation.endpoint.indexOf(' '));
        List<RecordedRequest> changes = server.requests().stream()
            .filter(request -> request.method().equals(method) && !request.path().contains("oauth"))
            .toList();
        if (kind.name.startsWith("applied")) {
          assertThat(changes).as("the console applied it: the client found out, and sent nothing again").hasSize(1);
        } else {
          assertThat(changes).as("sent again at most once, after finding it did not take").hasSizeLessThanOrEqualTo(2);
          assertThat(changes.stream().filter(request -> request.status() / 100 == 2)).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(server.tenant().orgs().size() - orgsBefore).isBetween(0, 1);
      }
    }
  }
}
