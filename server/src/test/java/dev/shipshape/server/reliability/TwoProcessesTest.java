package dev.shipshape.server.reliability;

import static dev.shipshape.server.reliability.ReliabilityTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.TestServer;
import dev.shipshape.server.store.Database;
import dev.shipshape.server.store.ReportStore;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one PostgreSQL database (the way to run several): asked again and again
 * by both to scan the same repositories, they never scan one at the same time.
 */
class TwoProcessesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private TestDatabase db;
  private final List<ChildServer> children = new ArrayList<>();

  @BeforeEach
  void database() {
    db = TestDatabase.create("postgresql", temp);
  }

  @AfterEach
  void stop() throws InterruptedException {
    for (ChildServer c : children) {
      c.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void twoProcessesOnOneDatabaseNeverScanTheSameRepositoryAtOnce() throws Exception {
    ChildServer a = child("a");
    ChildServer b = child("b");
    String admin = a.adminToken;
    List<String> names = List.of("r1", "r2", "r3");
    for (String name : names) {
      Path repo = temp.resolve(name);
      try (TestRepository git = TestRepository.create(repo)) {
        git.file("README.md", "# " + name + "\n").commit("#1: " + name);
      }
      post(
          a,
          "/api/repositories",
          admin,
          "{\"name\":\""
              + name
              + "\",\"location\":"
              + JSON.valueToTree(repo.toString())
              + ",\"scheduleMinutes\":null}");
    }
    try (Database direct = Database.open(db.url(), db.dataDir(), 2)) {
      // Both processes are asked to scan every repository, again and again; and once more after
      // those scans are done, so every repository is scanned at least twice however slow the
      // machine is (on a loaded one, the first requests all arrive before any scan starts).
      for (int pass = 0; pass < 2; pass++) {
        for (int round = 0; round < 6; round++) {
          for (String name : names) {
            post(a, "/api/repositories/" + name + "/scans", admin, "");
            post(b, "/api/repositories/" + name + "/scans", admin, "");
          }
          Thread.sleep(300);
        }
        assertThat(
                TestServer.await(
                    Duration.ofSeconds(90),
                    () ->
                        direct
                                .query(
                                    "SELECT COUNT(*) FROM repositories WHERE scan_requested_at IS NOT NULL OR claimed_by IS NOT NULL",
                                    rs -> rs.getInt(1))
                                .get(0)
                            == 0))
            .as("all scans done")
            .isTrue();
      }
      List<ReportStore.ScanRun> runs = new ReportStore(direct).allRuns();
      Map<Long, List<ReportStore.ScanRun>> byRepository = new HashMap<>();
      runs.forEach(
          r -> byRepository.computeIfAbsent(r.repositoryId(), k -> new ArrayList<>()).add(r));
      assertThat(byRepository).hasSize(3);
      for (List<ReportStore.ScanRun> list : byRepository.values()) {
        assertThat(list).hasSizeGreaterThan(1);
        for (int i = 1; i < list.size(); i++) {
          assertThat(list.get(i).startedAt())
              .as("a scan starts only after the previous one of the same repository finished")
              .isGreaterThanOrEqualTo(list.get(i - 1).finishedAt());
        }
      }
      assertThat(runs).extracting(ReportStore.ScanRun::outcome).containsOnly("done");
      assertThat(runs)
          .extracting(ReportStore.ScanRun::node)
          .as("both took work")
          .contains("a", "b");
    }
  }

  private ChildServer child(String node) {
    ChildServer c = ChildServer.start(db, node, temp.resolve(node + ".log"));
    children.add(c);
    return c;
  }
}
