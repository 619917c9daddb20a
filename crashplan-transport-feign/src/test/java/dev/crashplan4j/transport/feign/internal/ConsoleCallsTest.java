package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.settings.TSettingPacket;
import feign.Body;
import feign.DefaultContract;
import feign.Feign;
import feign.MethodMetadata;
import feign.Param;
import feign.RequestLine;
import feign.RequestTemplate;
import feign.Retryer;
import feign.Target;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each endpoint compiled once sends the request Feign's own template expansion built for the
 * same arguments, byte for byte: URL, headers in their order, body. (Over real HTTP, what
 * reaches the console is {@code ConsoleRequestsTest}.)
 */
class ConsoleCallsTest {

  private static final String BASE = "http://console.test/cp";
  private static final ObjectMapper JSON = new ObjectMapper();
  // Spaces, slashes, percent signs (alone and as an escape), plus, non-ASCII, every reserved
  // character, braces, empty and blank.
  private static final List<String> VALUES = List.of(
      "abc-123", "a b", "a/b", "a%b", "a%20b", "100%", "a+b", "é", "Zürich 😀", "a?b#c", "a&b=c",
      ":@!$'()*,;", "[x]", "{x}", "", " ", "~._-", "\"<>\\^`|");

  /** The request of the last call, taken before it is sent. */
  private static final class Capture {
    Request ours;
    feign.Request feigns;
  }

  private final Capture captured = new Capture();

  private final ConsoleApi compiled = ConsoleCalls.of(new OkHttpClient.Builder().addInterceptor(chain -> {
    captured.ours = chain.request();
    throw new IOException("captured");
  }).build(), BASE, JSON, "ua/1");

  // ConsoleApi as Feign built it before: the same contract, the encoder feign-jackson's
  // JacksonEncoder is (writerFor(type).writeValueAsBytes), the user agent by interceptor.
  private final ConsoleApi feign = Feign.builder()
      .client((request, options) -> {
        captured.feigns = request;
        throw new IOException("captured");
      })
      .encoder((body, type, template) -> {
        try {
          template.body(JSON.writerFor(JSON.getTypeFactory().constructType(type)).writeValueAsBytes(body), StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
          throw new IllegalStateException(unwritable);
        }
      })
      .retryer(Retryer.NEVER_RETRY)
      .requestInterceptor(request -> request.header("User-Agent", "ua/1"))
      .target(new Target<ConsoleApi>() {
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
        public feign.Request apply(RequestTemplate template) {
          return template.request();
        }
      });

  static Stream<Arguments> calls() {
    List<Arguments> calls = new ArrayList<>();
    for (String value : VALUES) {
      Map<String, String> extra = new LinkedHashMap<>();
      extra.put(value.isEmpty() ? "empty" : value, value);
      extra.put("q", value);
      calls.add(Arguments.of("getOrg", new Object[] {"tok", value, extra}));
      calls.add(Arguments.of("getOrg", new Object[] {value, "guid", Map.of()}));
      calls.add(Arguments.of("blockOrg", new Object[] {"tok", value}));
      calls.add(Arguments.of("loginConfiguration", new Object[] {value}));
      calls.add(Arguments.of("userToken", new Object[] {"Basic YTpi", value}));
      calls.add(Arguments.of("agentStates", new Object[] {"tok", 42L, value}));
      calls.add(Arguments.of("currentOrg", new Object[] {"tok", extra}));
      calls.add(Arguments.of("listOrgs", new Object[] {"tok", 2, 500, extra}));
      calls.add(Arguments.of("createOrg", new Object[] {"tok",
          OrgWriteDtos.Create.of(CreateOrgRequest.of(NewOrg.builder().name("Sales " + value).build()))}));
    }
    Map<String, String> clashing = new LinkedHashMap<>();
    clashing.put("pgNum", "9");
    clashing.put("z", "1");
    clashing.put("a", "2");
    calls.add(Arguments.of("listOrgs", new Object[] {"tok", 1, 10, clashing}));
    calls.add(Arguments.of("userToken", new Object[] {"Basic YTpi", null}));
    calls.add(Arguments.of("loginConfiguration", new Object[] {null}));
    calls.add(Arguments.of("apiClientToken", new Object[] {"Basic YTpi"}));
    calls.add(Arguments.of("unblockOrg", new Object[] {"tok", "g"}));
    calls.add(Arguments.of("deactivateOrg", new Object[] {"tok", "g"}));
    calls.add(Arguments.of("activateOrg", new Object[] {"tok", "g"}));
    calls.add(Arguments.of("orgDocument", new Object[] {"tok", 7L}));
    calls.add(Arguments.of("tSettings", new Object[] {"tok", 7L}));
    calls.add(Arguments.of("updateOrg", new Object[] {"tok", "g",
        OrgWriteDtos.Update.of(OrgUpdate.builder().name("Renamed").notes("n ö").build())}));
    calls.add(Arguments.of("putOrgDocument", new Object[] {"tok", 7L, Map.of("orgName", "X", "settings", Map.of("a", 1))}));
    calls.add(Arguments.of("putTSettings", new Object[] {"tok", 7L,
        new TSettingDto.Packets(List.of(new TSettingPacket("device.x", "1", true)))}));
    return calls.stream();
  }

  @ParameterizedTest
  @MethodSource("calls")
  void theRequestIsTheOneFeignsTemplateBuilt(String name, Object[] args) throws Exception {
    Method method = Arrays.stream(ConsoleApi.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();

    invokeIgnoringTheCapture(method, feign, args);
    feign.Request expected = captured.feigns;
    try {
      invokeIgnoringTheCapture(method, compiled, args);
    } catch (IllegalArgumentException refused) {
      // A header OkHttp refuses (a value that is not ASCII): Feign's request went onto OkHttp
      // header by header, and was refused the same way.
      assertThatThrownBy(() -> headersAsSent(expected.headers())).hasMessage(refused.getMessage());
      return;
    }
    Request sent = captured.ours;
    assertThat(sent.method()).isEqualTo(expected.httpMethod().name());
    assertThat(sent.url()).isEqualTo(HttpUrl.get(BASE + expected.url()));
    assertThat(sent.headers()).isEqualTo(headersAsSent(expected.headers()));
    byte[] body = sent.body() == null ? null : bytes(sent);
    if (expected.body() == null && expected.httpMethod().isWithBody()) {
      assertThat(body).isEmpty();
    } else {
      assertThat(body).isEqualTo(expected.body());
    }
    if (sent.body() != null) {
      String type = expected.headers().getOrDefault("Content-Type", List.of()).stream().findFirst().orElse(null);
      assertThat(sent.body().contentType()).isEqualTo(type == null ? null : okhttp3.MediaType.parse(type));
    }
  }

  @Test
  void everyMethodIsReadAsFeignsContractReadsIt() {
    List<MethodMetadata> feigns = new DefaultContract().parseAndValidateMetadata(ConsoleApi.class);
    Map<Method, Endpoint> ours = Endpoint.of(ConsoleApi.class, JSON, "ua/1");

    assertThat(ours).hasSize(ConsoleApi.class.getMethods().length).hasSameSizeAs(feigns);
    assertThat(feigns).allSatisfy(metadata -> {
      Endpoint endpoint = ours.get(metadata.method());
      assertThat(endpoint.configKey).isEqualTo(metadata.configKey());
      assertThat(endpoint.httpMethod).isEqualTo(metadata.template().method());
      assertThat(endpoint.returnType).isEqualTo(metadata.returnType());
    });
  }

  @Test
  void aTemplateFormThatIsNotCompiledIsRefusedAtBuild() {
    assertThatThrownBy(() -> Endpoint.of(WithAPattern.class, JSON, "ua/1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ConsoleApi#WithAPattern#get(String) cannot be compiled: a template expression other than {name}:"
            + " /api/{id:[0-9]+}");
  }

  @Test
  void aParamInNoTemplateIsRefusedAtBuild() {
    assertThatThrownBy(() -> Endpoint.of(WithAFormParam.class, JSON, "ua/1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ConsoleApi#WithAFormParam#post(String) cannot be compiled: @Param [name] in no template");
  }

  @Test
  void anAnnotationOfFeignNotReadIsRefusedAtBuild() {
    assertThatThrownBy(() -> Endpoint.of(WithABodyTemplate.class, JSON, "ua/1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ConsoleApi#WithABodyTemplate#post(String) cannot be compiled: @Body is not compiled");
  }

  @Test
  void aValueOfUnreservedCharactersIsAppendedAsItIs() {
    String guid = "0a1B-2c.3_d~";

    assertThat(Endpoint.encode(guid)).isSameAs(guid);
  }

  /** An endpoint with a value pattern, which Feign checks and this transport does not compile. */
  interface WithAPattern {
    @RequestLine(value = "GET /api/{id:[0-9]+}", decodeSlash = false)
    String get(@Param("id") String id);
  }

  /** A parameter Feign's contract makes a form parameter, which this transport does not compile. */
  interface WithAFormParam {
    @RequestLine(value = "POST /api", decodeSlash = false)
    String post(@Param("name") String name);
  }

  /** A body template, which this transport does not compile. */
  interface WithABodyTemplate {
    @RequestLine(value = "POST /api", decodeSlash = false)
    @Body("{name}")
    String post(@Param("name") String name);
  }

  private static void invokeIgnoringTheCapture(Method method, ConsoleApi api, Object[] args) throws Exception {
    try {
      method.invoke(api, args);
    } catch (InvocationTargetException captured) {
      if (captured.getCause() instanceof IllegalArgumentException refused) {
        throw refused;
      }
      assertThat(captured.getCause()).hasRootCauseMessage("captured");
    }
  }

  // As Feign's request went onto OkHttp: each value of each header, in the map's order.
  private static okhttp3.Headers headersAsSent(Map<String, Collection<String>> headers) {
    okhttp3.Headers.Builder sent = new okhttp3.Headers.Builder();
    headers.forEach((name, values) -> values.forEach(value -> sent.add(name, value)));
    return sent.build();
  }

  private static byte[] bytes(Request request) throws IOException {
    Buffer body = new Buffer();
    request.body().writeTo(body);
    return body.readByteArray();
  }
}
