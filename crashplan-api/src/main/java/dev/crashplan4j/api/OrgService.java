package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgListing;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.NotFoundException;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.error.SoughtOrg;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.error.UserLoginRequiredException;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.core.settings.RequestOutcome;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The organizations of the tenant: create, read, list, block, deactivate, update, read and
 * edit their settings, and the agent states of their devices. Obtained from {@link CrashPlanClient#orgs()}; thread-safe.
 *
 * <p>Methods that take an {@link OrgId} or {@link OrgUid} first find the org's guid, which the
 * console's {@code v3} endpoints need: from what the client has already seen, else by walking
 * the whole org listing once. An id that exists nowhere raises {@link OrgNotFoundException}
 * before anything else is sent. Every failure is a {@link CrashPlanException} whose message
 * names the operation and the org.
 *
 * <pre>{@code
 * Org sales = orgs.createOrg(NewOrg.builder().name("Sales").build());
 * orgs.block(sales.id());
 * List<Org> blocked = orgs.streamOrgs().filter(Org::blocked).toList();
 * }</pre>
 */
public final class OrgService {

  private static final List<String> PAGING_PARAMETERS = List.of("pgNum", "pgSize");

  private final CrashPlanTransport transport;
  private final Calls calls;
  private final boolean canActAsUser;
  private final OrgDirectory directory;
  private final CreatedOrgs created;
  private final Clock clock;
  private final int defaultPageSize;
  private final ConsoleWaits waits;

  OrgService(CrashPlanTransport transport, Calls calls, boolean canActAsUser, int defaultPageSize, Clock clock,
      Sleeper sleeper) {
    this.waits = new ConsoleWaits(clock, sleeper);
    this.transport = new RetryAfterWatch(transport, waits);
    this.calls = calls;
    this.canActAsUser = canActAsUser;
    this.defaultPageSize = defaultPageSize;
    this.clock = clock;
    this.created = new CreatedOrgs(clock);
    this.directory = new OrgDirectory((pageNum, label) ->
        listPage(Call.<OrgPage>of(Effect.READ, "walkListing").labelled(label), pageNum, defaultPageSize, QueryParameters.none()));
  }

  /**
   * Creates an org ({@code POST /api/v3/orgs}) under the parent the uid names, or under the
   * tenant's top org when none is given, and returns it as the console created it.
   *
   * <p>When the answer is lost, the client looks through the listing for the org this call
   * made: the one with the asked name, parent, external reference and notes, created since the
   * call began and not returned to another call of this client. Found, it is returned; not
   * found, the create is sent again. Identical creates of one client run one after another.
   *
   * @throws OrgNotFoundException when the parent uid names no org; nothing is created
   * @throws OutcomeUnknownException when several orgs fit (give each create a unique external
   *     reference), or the look could not finish within the call's retries and deadline
   */
  public Org createOrg(NewOrg newOrg) {
    Objects.requireNonNull(newOrg, "newOrg");
    Call<Org> call = Call.<Org>of(Effect.STATE_CHANGE, "createOrg").about(newOrg.name());
    Optional<OrgGuid> parent = newOrg.parentOrgUid().map(uid -> directory.resolve(uid, call.label()).guid());
    CreateOrgRequest request = CreateOrgRequest.of(newOrg).under(parent);
    Org org = created.oneAtATime(newOrg, () -> {
      Instant firstAttempt = clock.instant();
      return calls.run(call.settledBy(token -> created.find(newOrg, parent, firstAttempt, pageNum -> {
            OrgPage page = transport.listOrgs(token, pageNum, defaultPageSize, QueryParameters.none());
            directory.learn(page);
            return page;
          })),
          token -> transport.createOrg(token, request));
    });
    directory.learn(org);
    return org;
  }

  /** Returns the org with this id ({@code GET /api/v3/orgs/<guid>}). */
  public Org getById(OrgId id) {
    return getById(id, QueryParameters.none());
  }

  /** Returns the org with this id, passing {@code extra} query parameters through. */
  public Org getById(OrgId id, QueryParameters extra) {
    Objects.requireNonNull(extra, "extra");
    Call<Org> call = Call.on(Effect.READ, "getById", id);
    OrgRef ref = directory.resolve(id, call.label());
    return onOrg(call, ref, token -> transport.getOrg(token, ref, extra));
  }

  /** Returns the org with this uid ({@code GET /api/v3/orgs/<guid>}). */
  public Org getByUid(OrgUid uid) {
    return getByUid(uid, QueryParameters.none());
  }

  /** Returns the org with this uid, passing {@code extra} query parameters through. */
  public Org getByUid(OrgUid uid, QueryParameters extra) {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(extra, "extra");
    Call<Org> call = Call.<Org>of(Effect.READ, "getByUid").about("org uid " + uid);
    OrgRef ref = directory.resolve(uid, call.label());
    return onOrg(call.concerning(ref.id()), ref, token -> transport.getOrg(token, ref, extra));
  }

  /**
   * Returns the org of the signed-in user ({@code GET /api/v1/Org/my}).
   *
   * @throws UserLoginRequiredException under API-client credentials, which have no user; no
   *     request is sent
   */
  public Org getCurrent() {
    return getCurrent(QueryParameters.none());
  }

  /** Returns the org of the signed-in user, passing {@code extra} query parameters through. */
  public Org getCurrent(QueryParameters extra) {
    Objects.requireNonNull(extra, "extra");
    if (!canActAsUser) {
      throw new UserLoginRequiredException("getCurrent");
    }
    Org current = calls.run(Call.of(Effect.READ, "getCurrent"), token -> transport.getCurrentOrg(token, extra));
    directory.learn(current);
    return current;
  }

  /** Returns page {@code pageNum} (from 1) of the org listing, of the client's page size. */
  public OrgPage getPage(int pageNum) {
    return getPage(pageNum, defaultPageSize, QueryParameters.none());
  }

  /** Returns page {@code pageNum} (from 1) of the org listing, {@code pageSize} orgs long. */
  public OrgPage getPage(int pageNum, int pageSize) {
    return getPage(pageNum, pageSize, QueryParameters.none());
  }

  /**
   * Returns page {@code pageNum} (from 1) of the org listing ({@code GET /api/v1/Org}),
   * {@code pageSize} orgs long, passing {@code extra} query parameters through. The client
   * learns the ids of the orgs on it.
   */
  public OrgPage getPage(int pageNum, int pageSize, QueryParameters extra) {
    if (pageNum < 1) {
      throw new IllegalArgumentException("pageNum must be at least 1, was " + pageNum);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
    checkNoPagingParameters(extra);
    OrgPage page = listPage(Call.<OrgPage>of(Effect.READ, "getPage").about(String.valueOf(pageNum)), pageNum, pageSize, extra);
    directory.learn(page);
    return page;
  }

  /**
   * Returns every page of the org listing, lazily: each page is requested when the stream
   * reaches it, and the stream ends after the first short page. Nothing holds on to the pages
   * seen, the client's id directory included, so memory stays flat however large the tenant.
   */
  public Stream<OrgPage> getAll() {
    return getAll(QueryParameters.none());
  }

  /** Returns every page of the org listing, lazily, passing {@code extra} through. */
  public Stream<OrgPage> getAll(QueryParameters extra) {
    checkNoPagingParameters(extra);
    return OrgListing.pages(pageNum ->
        listPage(Call.<OrgPage>of(Effect.READ, "getAll").about("page " + pageNum), pageNum, defaultPageSize, extra));
  }

  /** Returns every org of the tenant, lazily, one page request at a time; nothing is kept. */
  public Stream<Org> streamOrgs() {
    return streamOrgs(QueryParameters.none());
  }

  /** Returns every org of the listing, lazily, passing {@code extra} through. */
  public Stream<Org> streamOrgs(QueryParameters extra) {
    return getAll(extra).flatMap(page -> page.orgs().stream());
  }

  /**
   * Blocks the org and all its descendants ({@code POST /api/v3/orgs/<guid>/block}): their
   * users and devices can no longer log in, new registrations are rejected, backups go on.
   */
  public void block(OrgId id) {
    act("block", id, transport::blockOrg, Org::blocked);
  }

  /**
   * Lifts the block on the org and its descendants ({@code POST .../unblock}). Users blocked
   * one by one stay blocked until unblocked one by one.
   */
  public void unblock(OrgId id) {
    act("unblock", id, transport::unblockOrg, org -> !org.blocked());
  }

  /**
   * Deactivates the org with its users, plans and devices ({@code POST .../deactivate}):
   * backups stop and archives move to cold storage.
   */
  public void deactivate(OrgId id) {
    act("deactivate", id, transport::deactivateOrg, org -> org.status() == OrgStatus.DEACTIVATED);
  }

  /** Reactivates the org ({@code POST .../activate}); backups do not restart by themselves. */
  public void reactivate(OrgId id) {
    act("reactivate", id, transport::reactivateOrg, org -> org.status() == OrgStatus.ACTIVE);
  }

  /**
   * Changes the fields {@code update} gives ({@code PUT /api/v3/orgs/<guid>}), leaving the
   * others as they are, and returns the org as the console now has it: as it answered, or, when
   * its 200 answer lacked what an org needs, as a read of the org afterwards finds it.
   */
  public Org updateOrg(OrgId id, OrgUpdate update) {
    Objects.requireNonNull(update, "update");
    Call<Org> call = Call.on(Effect.READ, "updateOrg", id);
    OrgRef ref = directory.resolve(id, call.label());
    try {
      return onOrg(call.settledBy(token -> {
        Org now = transport.getOrg(token, ref, QueryParameters.none());
        return holds(update, now) ? Optional.of(now) : Optional.empty();
      }), ref, token -> transport.updateOrg(token, ref, update));
    } catch (UnexpectedResponseException unreadable) {
      if (!savedAnyway(unreadable)) {
        throw unreadable;
      }
      // The console saved the change and said so; only its answer could not be read.
      return onOrg(call, ref, token -> transport.getOrg(token, ref, QueryParameters.none()));
    }
  }

  /**
   * Returns the state of agent property {@code propertyName} (for example
   * {@code fullDiskAccess}) on each device of the org, as the console reports it.
   */
  public List<AgentState> getAgentState(OrgId id, String propertyName) {
    Checks.notBlank(propertyName, "propertyName");
    Call<List<AgentState>> call = Call.on(Effect.READ, "getAgentState", id);
    OrgRef ref = directory.resolve(id, call.label());
    return onOrg(call, ref, token -> transport.agentStates(token, ref, propertyName));
  }

  /** Returns the full disk access state of each device of the org. */
  public List<AgentState> getAgentFullDiskAccessStates(OrgId id) {
    return getAgentState(id, "fullDiskAccess");
  }

  /**
   * Returns the org's settings: the org document with its settings and device defaults
   * ({@code GET /api/v1/Org/<orgId>?incSettings=true&...}) and its t-settings
   * ({@code GET /api/v1/OrgSetting/<orgId>}).
   */
  public OrgSettings getSettings(OrgId id) {
    Call<Map<String, Object>> documentCall = Call.on(Effect.READ, "getSettings", id);
    OrgRef ref = directory.resolve(id, documentCall.label());
    Map<String, Object> document = onOrg(documentCall, ref, token -> transport.getOrgDocument(token, ref));
    Map<String, TSetting> tSettings =
        onOrg(Call.on(Effect.READ, "getSettings", id), ref, token -> transport.getTSettings(token, ref));
    return OrgSettings.of(document, tSettings);
  }

  /**
   * Saves what {@code edit} changed, and only that: the t-settings packets
   * ({@code PUT /api/v1/OrgSetting/<orgId>}) when a t-setting changed, the whole org document
   * with the edits written in ({@code PUT /api/v1/Org/<orgId>}) when anything of it changed;
   * nothing at all when nothing changed. The two requests succeed or fail on their own: the
   * result says what became of each, and a failure of one does not stop the other. The
   * console's 200 whose JSON lacks what an org needs still counts as saved (without the org).
   */
  public SettingsUpdateResult updateSettings(OrgSettingsEdit edit) {
    Objects.requireNonNull(edit, "edit");
    List<TSettingPacket> packets = edit.tSettingPackets();
    boolean documentChanged = edit.orgDocumentChanged();
    if (packets.isEmpty() && !documentChanged) {
      return new SettingsUpdateResult(RequestOutcome.notSent(), RequestOutcome.notSent());
    }
    OrgRef ref = directory.resolve(edit.orgId(), Call.on(Effect.READ, "updateSettings", edit.orgId()).label());
    RequestOutcome tSettings = RequestOutcome.notSent();
    if (!packets.isEmpty()) {
      try {
        Call<RequestOutcome.Confirmation> call = Call.<RequestOutcome.Confirmation>on(Effect.READ, "updateSettings",
            edit.orgId()).settledBy(token -> edit.tSettingEditsHoldIn(transport.getTSettings(token, ref))
                ? Optional.of(RequestOutcome.Confirmation.READ_BACK) : Optional.empty());
        RequestOutcome.Confirmation how = onOrg(call, ref, token -> {
          transport.putTSettings(token, ref, packets);
          return RequestOutcome.Confirmation.ANSWERED;
        });
        tSettings = RequestOutcome.succeeded(how);
      } catch (CrashPlanException failed) {
        tSettings = RequestOutcome.failed(failed);
      }
    }
    RequestOutcome orgDocument = RequestOutcome.notSent();
    if (documentChanged) {
      Map<String, Object> document = edit.orgDocument();
      try {
        Call<RequestOutcome> call = Call.<RequestOutcome>on(Effect.READ, "updateSettings", edit.orgId())
            .settledBy(token -> edit.orgDocumentEditsHoldIn(OrgSettings.of(transport.getOrgDocument(token, ref), Map.of()))
                ? Optional.of(RequestOutcome.succeeded(RequestOutcome.Confirmation.READ_BACK)) : Optional.empty());
        orgDocument = onOrg(call, ref, token -> {
          Org saved = transport.putOrgDocument(token, ref, document);
          directory.learn(saved);
          return RequestOutcome.succeeded(saved);
        });
      } catch (UnexpectedResponseException unreadable) {
        orgDocument = savedAnyway(unreadable)
            ? RequestOutcome.succeeded(RequestOutcome.Confirmation.ANSWER_INCOMPLETE)
            : RequestOutcome.failed(unreadable);
      } catch (CrashPlanException failed) {
        orgDocument = RequestOutcome.failed(failed);
      }
    }
    return new SettingsUpdateResult(tSettings, orgDocument);
  }

  /**
   * Returns bulk work on the orgs: runs of many creates, state changes, updates, settings edits
   * or reads through this service, a few in flight at once, each accounted for.
   */
  public OrgBulk bulk() {
    return new OrgBulk(this, waits, clock);
  }

  /**
   * Returns orgs as code: the plan of an org tree document against the tenant, and its apply
   * through {@link #bulk()}.
   */
  public dev.crashplan4j.api.tree.OrgTreeService tree() {
    return new dev.crashplan4j.api.tree.OrgTreeService(this);
  }

  /**
   * Returns every org id of the tenant with its guid, in listing order, from a full listing;
   * the client then knows every org's guid without looking again.
   */
  public Map<OrgId, OrgGuid> orgIdMap() {
    return directory.walk("orgIdMap");
  }

  private OrgPage listPage(Call<OrgPage> call, int pageNum, int pageSize, QueryParameters extra) {
    return calls.run(call, token -> transport.listOrgs(token, pageNum, pageSize, extra));
  }

  // After a lost answer, the org's state says whether the action took: the end state is the check.
  private void act(String operation, OrgId id, BiConsumer<BearerToken, OrgRef> action, Predicate<Org> done) {
    Call<Boolean> call = Call.on(Effect.STATE_CHANGE, operation, id);
    OrgRef ref = directory.resolve(id, call.label());
    try {
      calls.send(call.settledBy(token ->
              done.test(transport.getOrg(token, ref, QueryParameters.none())) ? Optional.of(Boolean.TRUE) : Optional.empty()),
          token -> action.accept(token, ref));
    } catch (NotFoundException gone) {
      throw orgGone(call, ref, gone);
    }
  }

  // A 404 for an org the directory knew means it was deleted since: forget it, and say which.
  private <T> T onOrg(Call<T> call, OrgRef ref, Function<BearerToken, T> request) {
    try {
      return calls.run(call, request);
    } catch (NotFoundException gone) {
      throw orgGone(call, ref, gone);
    }
  }

  private static boolean holds(OrgUpdate update, Org now) {
    return update.name().map(now.name()::equals).orElse(true)
        && update.externalReference().map(ref -> now.externalReference().equals(Optional.of(ref))).orElse(true)
        && update.notes().map(notes -> now.notes().equals(Optional.of(notes))).orElse(true);
  }

  // The console's own 200 to a PUT, JSON that parsed, says it saved, whatever fields the answer
  // lacked; a page that is not JSON (a proxy's, say) says nothing of the kind.
  private static boolean savedAnyway(UnexpectedResponseException unreadable) {
    return unreadable.httpStatus().orElse(0) == 200 && unreadable.answerParsed();
  }

  private OrgNotFoundException orgGone(Call<?> call, OrgRef ref, NotFoundException gone) {
    directory.forget(ref);
    return new OrgNotFoundException(call.label(), SoughtOrg.id(ref.id()), gone);
  }

  private static void checkNoPagingParameters(QueryParameters extra) {
    Objects.requireNonNull(extra, "extra");
    for (String name : PAGING_PARAMETERS) {
      if (extra.has(name)) {
        throw new IllegalArgumentException(
            "extra query parameters must not set " + name + ": the page methods set it");
      }
    }
  }
}
