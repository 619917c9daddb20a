package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.LoginType;
import dev.crashplan4j.core.port.UserTokenRequest;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import java.util.List;
import java.util.Map;

/**
 * The org service's transport, telling {@link ConsoleWaits} of every 429 the console answers,
 * whichever call got it; everything else passes through untouched. A try block per method, not
 * a wrapper lambda, so that the call path allocates nothing for it.
 */
final class RetryAfterWatch implements CrashPlanTransport {

  private final CrashPlanTransport delegate;
  private final ConsoleWaits waits;

  RetryAfterWatch(CrashPlanTransport delegate, ConsoleWaits waits) {
    this.delegate = delegate;
    this.waits = waits;
  }

  @Override
  public BearerToken requestApiClientToken(ApiClientTokenRequest request) {
    try {
      return delegate.requestApiClientToken(request);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public BearerToken requestUserToken(UserTokenRequest request) {
    try {
      return delegate.requestUserToken(request);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public LoginType loginType(String username) {
    try {
      return delegate.loginType(username);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public OrgPage listOrgs(BearerToken token, int pageNum, int pageSize, QueryParameters extra) {
    try {
      return delegate.listOrgs(token, pageNum, pageSize, extra);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public Org getOrg(BearerToken token, OrgRef org, QueryParameters extra) {
    try {
      return delegate.getOrg(token, org, extra);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public Org getCurrentOrg(BearerToken token, QueryParameters extra) {
    try {
      return delegate.getCurrentOrg(token, extra);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public Org createOrg(BearerToken token, CreateOrgRequest request) {
    try {
      return delegate.createOrg(token, request);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public Org updateOrg(BearerToken token, OrgRef org, OrgUpdate update) {
    try {
      return delegate.updateOrg(token, org, update);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public void blockOrg(BearerToken token, OrgRef org) {
    try {
      delegate.blockOrg(token, org);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public void unblockOrg(BearerToken token, OrgRef org) {
    try {
      delegate.unblockOrg(token, org);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public void deactivateOrg(BearerToken token, OrgRef org) {
    try {
      delegate.deactivateOrg(token, org);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public void reactivateOrg(BearerToken token, OrgRef org) {
    try {
      delegate.reactivateOrg(token, org);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public List<AgentState> agentStates(BearerToken token, OrgRef org, String propertyName) {
    try {
      return delegate.agentStates(token, org, propertyName);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public Map<String, Object> getOrgDocument(BearerToken token, OrgRef org) {
    try {
      return delegate.getOrgDocument(token, org);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public Org putOrgDocument(BearerToken token, OrgRef org, Map<String, Object> document) {
    try {
      return delegate.putOrgDocument(token, org, document);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public Map<String, TSetting> getTSettings(BearerToken token, OrgRef org) {
    try {
      return delegate.getTSettings(token, org);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public void putTSettings(BearerToken token, OrgRef org, List<TSettingPacket> packets) {
    try {
      delegate.putTSettings(token, org, packets);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }

  @Override
  public ApiResponse send(BearerToken token, ApiRequest request) {
    try {
      return delegate.send(token, request);
    } catch (TooManyRequestsException refusal) {
      waits.tooManyRequests(refusal);
      throw refusal;
    }
  }
  @Override
  public void close() {
    delegate.close();
  }
}
