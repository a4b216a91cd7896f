package dev.shipshape.facts.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileClassifierTest {

  @ParameterizedTest
  @CsvSource({
    "src/test/java/a/ATest.java, true",
    "tests/test_core.py, true",
    "pkg/parse_test.go, true",
    "src/main/java/dev/x/testing/CoverageCheck.java, false",
    "lib/src/main/kotlin/testing/Fakes.kt, false",
    "src/main/java/a/Orders.java, false",
  })
  void testCodeByConvention(String path, boolean test) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    assertThat(FileClassifier.isTest(path, name)).isEqualTo(test);
  }
}
