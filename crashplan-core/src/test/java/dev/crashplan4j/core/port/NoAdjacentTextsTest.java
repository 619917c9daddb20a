package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a transport is given and returns never takes two texts side by side: a client id and
 * its secret, a path and its body, swapped, would still compile.
 */
class NoAdjacentTextsTest {

  @Test
  void noPublicCallOfThePortTakesTwoTextsInARow() {
    List<String> found = new ArrayList<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.crashplan4j.core.port")) {
      Class<?> loaded = type.reflect();
      Stream.concat(Stream.of(loaded.getDeclaredMethods()), Stream.of(loaded.getDeclaredConstructors()))
          .filter(each -> Modifier.isPublic(each.getModifiers()) && !each.isSynthetic())
          .filter(NoAdjacentTextsTest::takesTwoTextsInARow)
          .forEach(each -> found.add(loaded.getSimpleName() + "." + each.getName()));
    }

    assertThat(found).isEmpty();
  }

  @Test
  void aCallWithTwoTextsInARowIsFound() throws NoSuchMethodException {
    assertThat(takesTwoTextsInARow(String.class.getMethod("replace", CharSequence.class, CharSequence.class))).isFalse();
    assertThat(takesTwoTextsInARow(String.class.getMethod("regionMatches", int.class, String.class, int.class, int.class)))
        .isFalse();
    assertThat(takesTwoTextsInARow(System.class.getMethod("setProperty", String.class, String.class))).isTrue();
  }

  static boolean takesTwoTextsInARow(Executable call) {
    Class<?>[] types = call.getParameterTypes();
    for (int i = 1; i < types.length; i++) {
      if (types[i - 1] == String.class && types[i] == String.class) {
        return true;
      }
    }
    return false;
  }
}
