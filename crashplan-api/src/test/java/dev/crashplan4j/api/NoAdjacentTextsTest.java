package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method on the way from a service to the port takes two texts side by side, which swapped
 * would still compile: an operation and its label were such a pair in {@code Calls.run}.
 */
class NoAdjacentTextsTest {

  // Every class a call passes through between the facade and the transport.
  private static final List<Class<?>> CALL_PATH = List.of(
      OrgService.class, ConsoleHttp.class, OrgBulk.class, BulkRun.class, BulkStep.class, Call.class,
      Calls.class, CallTrace.class, CreatedOrgs.class, OrgDirectory.class, OrgIndex.class,
      LoginSession.class, RetryAfterWatch.class);

  @Test
  void noMethodOnTheCallPathTakesTwoTextsInARow() {
    List<String> found = CALL_PATH.stream()
        .flatMap(type -> Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors())))
        .filter(each -> !each.isSynthetic() && takesTwoTextsInARow(each))
        .map(each -> each.getDeclaringClass().getSimpleName() + "." + each.getName())
        .toList();

    assertThat(found).isEmpty();
  }

  private static boolean takesTwoTextsInARow(Executable call) {
    Class<?>[] types = call.getParameterTypes();
    for (int i = 1; i < types.length; i++) {
      if (types[i - 1] == String.class && types[i] == String.class) {
        return true;
      }
    }
    return false;
  }
}
