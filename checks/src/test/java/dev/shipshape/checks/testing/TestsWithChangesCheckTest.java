package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestsWithChangesCheckTest {
  @TempDir Path dir;
  private final TestsWithChangesCheck check = new TestsWithChangesCheck();

  @Test
  void codeChangedWithItsTestsScoresTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/app.py", "x = 1").file("tests/test_app.py", "def test(): pass").commit("#1");
      repo.file("README.md", "docs").commit("#2 docs do not count");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(10);
    }
  }

  @Test
  void codeChangedWithoutTestsLowersTheShare() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/app.py", "x = 1").file("tests/test_app.py", "def test(): pass").commit("#1");
      repo.file("src/app.py", "x = 2").commit("#2");
      repo.file("src/app.py", "x = 3").commit("#3");
      repo.file("src/app.py", "x = 4").commit("#4");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // 1 of 4 → round(2.5) = 3
      assertThat(o.score()).isEqualTo(3);
      assertThat(o.evidence()).filteredOn(e -> e.commit() != null).hasSize(3);
    }
  }

  @Test
  void onlyDocsChangedIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("README.md", "docs").commit("#1");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
