package dev.crashplan4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallProfileTest {

  private static final String BENCHMARK_THREAD = "java/lang/Thread.run;dev/crashplan4j/benchmarks/OrgCallBenchmark.sdkGetById;"
      + "dev/crashplan4j/api/OrgService.getById;dev/crashplan4j/api/Calls.run;"
      + "dev/crashplan4j/transport/feign/internal/FeignTransport.getOrg;"
      + "dev/crashplan4j/transport/feign/internal/ConsoleCalls.invoke";

  @Test
  void aSampleBelongsToTheDeepestLayerItsStackEnters() {
    List<String> stacks = List.of(
        BENCHMARK_THREAD + ";okhttp3/internal/connection/RealCall.execute;"
            + "okio/AsyncTimeout.enter;jdk/internal/misc/Unsafe.unpark 7",
        BENCHMARK_THREAD + ";dev/crashplan4j/transport/feign/internal/Endpoint.request;"
            + "java/lang/StringBuilder.append 3",
        BENCHMARK_THREAD + ";java/util/HashMap.get 2");

    assertThat(CallProfile.layers(stacks, "OrgCallBenchmark.sdkGetById", CallProfile.ONE_CALL)).containsOnly(
        org.assertj.core.api.Assertions.entry("okio: entering a timeout, waking its watchdog thread", 7L),
        org.assertj.core.api.Assertions.entry("building the OkHttp request (path, query, headers, body)", 3L),
        org.assertj.core.api.Assertions.entry("console interface: the compiled endpoint's dispatch, answer handling", 2L));
  }

  @Test
  void theSdksOwnWorkIsWhatRunsInItsLayersBeforeTheTransport() {
    List<String> stacks = List.of(
        "java/lang/Thread.run;dev/crashplan4j/benchmarks/OrgCallBenchmark.sdkGetById;dev/crashplan4j/api/OrgService.getById;"
            + "dev/crashplan4j/api/OrgDirectory.resolve;java/util/concurrent/ConcurrentHashMap.get 4");

    assertThat(CallProfile.layers(stacks, "OrgCallBenchmark.sdkGetById", CallProfile.ONE_CALL))
        .containsOnly(org.assertj.core.api.Assertions.entry("SDK: service, checks, id directory, retry loop, sign-in, labels", 4L));
  }

  @Test
  void timeInNoLayerOfTheBenchmarkMethodCountsAsOther() {
    List<String> stacks = List.of(
        "java/lang/Thread.run;sun/net/httpserver/ServerImpl$Exchange.run;okhttp3/internal/connection/RealCall.execute 50",
        "java/lang/Thread.run;dev/crashplan4j/benchmarks/jmh_generated/OrgCallBenchmark_baselineGetById_jmhTest._jmh_tryInit_f;"
            + "dev/crashplan4j/benchmarks/OrgCallBenchmark.start;okhttp3/internal/connection/RealCall.execute 20",
        "java/lang/Thread.run;dev/crashplan4j/benchmarks/OrgCallBenchmark.baselineGetById;org/openjdk/jmh/infra/Blackhole.consume 1",
        "java/lang/Thread.run;dev/crashplan4j/benchmarks/OrgCallBenchmark.sdkGetById;dev/crashplan4j/api/OrgService.getById 9");

    assertThat(CallProfile.layers(stacks, "OrgCallBenchmark.baselineGetById", CallProfile.ONE_CALL))
        .containsOnly(org.assertj.core.api.Assertions.entry("other (frames in no layer: JDK, JMH)", 1L));
  }
}
