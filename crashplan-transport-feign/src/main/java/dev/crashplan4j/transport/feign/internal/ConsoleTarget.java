package dev.crashplan4j.transport.feign.internal;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;

/**
 * The console as Feign's target: its requests keep the path and query the templates made,
 * relative, and {@link OkHttpSender}, which holds the console's base URL, resolves them.
 * Feign's {@code HardCodedTarget} parses the base URL into every request (a {@code URI} per
 * call) and renders the URL twice more on the way.
 */
final class ConsoleTarget implements Target<ConsoleApi> {

  @Override
  public Class<ConsoleApi> type() {
    return ConsoleApi.class;
  }

  @Override
  public String name() {
    return "console";
  }

  @Override
  public String url() {
    return "";
  }

  @Override
  public Request apply(RequestTemplate template) {
    return template.request();
  }
}
