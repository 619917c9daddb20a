package dev.crashplan4j.transport.feign.internal;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Knows whether the request of the call running on this thread has started to leave: OkHttp
 * tells when it starts writing the request headers. A failure before that (no connection, a
 * TLS handshake refused, a proxy that would not connect) proves the console never saw the
 * request, so even a request that changes state may be sent again; a failure after it may not.
 * Calls are synchronous, so OkHttp reports each call's events on the thread that runs it.
 */
final class RequestProgress extends EventListener {

  private static final ThreadLocal<boolean[]> STARTED = ThreadLocal.withInitial(() -> new boolean[1]);

  /** Whether the last call on this thread started sending its request. */
  static boolean requestStarted() {
    return STARTED.get()[0];
  }

  @Override
  public void callStart(Call call) {
    STARTED.get()[0] = false;
  }

  @Override
  public void requestHeadersStart(Call call) {
    STARTED.get()[0] = true;
  }
}
