package dev.shipshape.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.server.store.RegisteredRepository;
import dev.shipshape.server.store.ReportDigest;
import dev.shipshape.server.store.ReportStore.PortfolioRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardFilterTest {
  private static final PortfolioRow TERRAFORM =
      row("infra", "traditional", List.of("terraform", "github-actions"), Map.of("ci-cd", 1));
  private static final PortfolioRow SECURE =
      row("api", "mature-devops", List.of("sast", "github-actions"), Map.of("ci-cd", 4));

  @Test
  void usesAndNoMatchInventoryWords() {
    assertThat(matching("uses terraform")).containsExactly("infra");
    assertThat(matching("no SAST")).containsExactly("infra");
    assertThat(matching("uses github actions")).containsExactly("infra", "api");
  }

  @Test
  void stagesAndPracticeLevels() {
    assertThat(matching("stage mature devops")).containsExactly("api");
    assertThat(matching("traditional")).containsExactly("infra");
    assertThat(matching("ci-cd >= 3")).containsExactly("api");
    assertThat(matching("ci-cd < 3, uses github-actions")).containsExactly("infra");
  }

  @Test
  void unknownStagesAndPracticesAreReportedNotIgnored() {
    assertThat(DashboardFilter.parse("stage heroic").problems())
        .containsExactly("no stage 'heroic'");
    assertThat(DashboardFilter.parse("cooking >= 2").problems())
        .containsExactly("no practice 'cooking'");
  }

  @Test
  void otherWordsMatchTheName() {
    assertThat(matching("inf")).containsExactly("infra");
  }

  @Test
  void aRepositoryNotYetScannedMatchesNoEvidenceTerm() {
    PortfolioRow fresh = new PortfolioRow(repository("new"), null, null, null);
    assertThat(DashboardFilter.parse("no sast").matches(fresh)).isFalse();
  }

  private static List<String> matching(String q) {
    DashboardFilter f = DashboardFilter.parse(q);
    return List.of(TERRAFORM, SECURE).stream()
        .filter(f::matches)
        .map(r -> r.repository().name())
        .toList();
  }

  private static PortfolioRow row(
      String name, String stage, List<String> inventory, Map<String, Integer> levels) {
    return new PortfolioRow(
        repository(name),
        1L,
        new ReportDigest(50, stage, levels, Map.of(), inventory, List.of()),
        40);
  }

  private static RegisteredRepository repository(String name) {
    return new RegisteredRepository(
        1, name, "/" + name, null, 0, null, null, null, null, null, null, null);
  }
}
