package dev.crashplan4j.transport.feign.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Knows whether the request of the call running on this thread has started to leave: as a
 * network interceptor it runs once a connection is made, right before the request is written.
 * A failure before that (no connection, a TLS handshake refused, a proxy that would not connect)
 * proves the console never saw the request, so even a request that changes state may be sent
 * again; a failure after it may not. Calls are synchronous, so all of one call happens on the
 * thread that runs it. (An interceptor, not an EventListener: a user's own OkHttpClient keeps
 * its listener.)
 */
final class RequestProgress implements Interceptor {

  private static final ThreadLocal<boolean[]> STARTED = ThreadLocal.withInitial(() -> new boolean[1]);

  /** A call starts on this thread: nothing has left yet. */
  static void starting() {
    STARTED.get()[0] = false;
  }

  /** Whether the last call on this thread started sending its request. */
  static boolean requestStarted() {
    return STARTED.get()[0];
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    STARTED.get()[0] = true;
    return chain.proceed(chain.request());
  }
}
