package dev.crashplan4j.core.port;

import java.util.Objects;

/**
 * The JSON text an {@link ApiRequest} sends as its body, as given: the SDK neither parses nor
 * reformats it. Its {@code toString()} gives only its length, since a body may carry a
 * password or a key.
 *
 * <pre>{@code
 * JsonBody.of("{\"name\": \"Case 42\"}")
 * }</pre>
 */
public final class JsonBody {

  private final String text;

  private JsonBody(String text) {
    this.text = text;
  }

  /** The body {@code json}, sent as it is; an empty text is a body too. */
  public static JsonBody of(String json) {
    return new JsonBody(Objects.requireNonNull(json, "json"));
  }

  /** The JSON text, as given. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonBody that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "JsonBody{" + text.length() + " chars}";
  }
}
