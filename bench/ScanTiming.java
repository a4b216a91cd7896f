import dev.shipshape.repository.FileTree;
import dev.shipshape.repository.History;
import dev.shipshape.repository.Repositories;
import dev.shipshape.repository.Snapshot;
import dev.shipshape.repository.SnapshotRequest;
import dev.shipshape.repository.TreeFile;
import dev.shipshape.repository.WindowSpec;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;

/**
 * Times what a default scan asks of the repository module: open the snapshot (resolve the
 * revision, list the tree, walk the history of the default 365-day window, read tags and branches),
 * then read every text file up to 1 MiB once. With {@code --phases} it first opens the snapshot with
 * an empty window, to tell the history walk from the rest.
 *
 * <p>Run with the repository module's classpath (see bench/README.md): {@code java -cp CP
 * bench/ScanTiming.java [--phases] REPO}
 */
public class ScanTiming {
  public static void main(String[] args) {
    boolean phases = args.length == 2 && args[0].equals("--phases");
    if (args.length != (phases ? 2 : 1)) {
      System.err.println("usage: java -cp CLASSPATH bench/ScanTiming.java [--phases] REPOSITORY");
      System.exit(2);
    }
    String location = args[args.length - 1];
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    print("JVM start to main", System.currentTimeMillis() - jvmStart);
    if (phases) {
      // The history is walked when the snapshot opens; a window after every commit isolates the
      // rest (resolving the revision, listing the tree, tags and branches). This run warms the
      // caches the default open below then uses.
      long t = System.nanoTime();
      WindowSpec empty = new WindowSpec(false, Instant.parse("9999-01-01T00:00:00Z"), null, null);
      try (Snapshot snapshot = Repositories.open(new SnapshotRequest(location, null, empty))) {
        print(
            "open, empty window (" + snapshot.tree().files().size() + " files listed)",
            (System.nanoTime() - t) / 1_000_000);
      }
    }
    long t0 = System.nanoTime();
    try (Snapshot snapshot = Repositories.open(SnapshotRequest.of(location))) {
      List<TreeFile> files = snapshot.tree().files();
      long t1 = System.nanoTime();
      print("open, default window (tree listing + history walk)", (t1 - t0) / 1_000_000);

      History history = snapshot.history();
      System.out.printf(
          "  %d commits in the window, %d tags, %d branches%n",
          history.commits().size(), history.tags().size(), history.branches().size());
      long t2 = System.nanoTime();

      // streamed, as the secrets scan reads them
      FileTree tree = snapshot.tree();
      long[] bytes = {0};
      int[] texts = {0};
      tree.texts(
          files,
          (file, text) -> {
            if (text.isPresent()) {
              texts[0]++;
              bytes[0] += text.get().length();
            }
          });
      long t3 = System.nanoTime();
      print(
          "reading blobs (" + texts[0] + " texts, " + bytes[0] / 1024 + " KiB)",
          (t3 - t2) / 1_000_000);
      long readOne = 0;
      for (TreeFile file : files.subList(0, Math.min(1000, files.size()))) {
        readOne += tree.text(file).map(String::length).orElse(0);
      }
      print(
          "  the first 1000 again, one text() at a time (" + readOne / 1024 + " KiB)",
          (System.nanoTime() - t3) / 1_000_000);
      snapshot.diagnostics().forEach(d -> System.out.println("  diagnostic: " + d.message()));
    }
    print("total since JVM start", System.currentTimeMillis() - jvmStart);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "heap used %d MiB of max %d MiB%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
  }

  private static void print(String phase, long millis) {
    System.out.printf("%-50s %6d ms%n", phase, millis);
  }
}
