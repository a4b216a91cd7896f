package dev.shipshape.repository;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * Tags and branches with what the history needs of them — the commit each names, whether a tag is
 * annotated and when it was tagged, when a branch was last committed to — from one {@code git
 * for-each-ref}, which reads the few objects it needs without loading the whole pack index.
 */
final class GitCliRefs {
  private static final String FORMAT =
      String.join(
          "%00",
          "%(refname)",
          "%(objecttype)",
          "%(objectname)",
          "%(*objecttype)",
          "%(*objectname)",
          "%(taggerdate:unix)",
          "%(committerdate:unix)");

  /**
   * The refs git could read; {@code nested} names tags of tags, which the caller peels itself
   * (for-each-ref looks through one level only).
   */
  record Refs(List<TagRef> tags, List<BranchRef> branches, List<String> nested) {}

  private GitCliRefs() {}

  static Refs read(Repository repo) throws IOException {
    GitCli.Result r =
        GitCli.run(
            null,
            List.of(
                "--git-dir=" + repo.getDirectory().toPath().toAbsolutePath(),
                "for-each-ref",
                "--format=" + FORMAT,
                Constants.R_TAGS,
                Constants.R_HEADS),
            60);
    if (r.exit() != 0) {
      throw new IOException("git for-each-ref: " + r.firstErrorLine());
    }
    List<TagRef> tags = new ArrayList<>();
    List<BranchRef> branches = new ArrayList<>();
    List<String> nested = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\0", -1);
      if (f.length != 7) {
        throw new IOException("git for-each-ref: unexpected line");
      }
      String refName = f[0];
      String name = Repository.shortenRefName(refName);
      String type = f[1];
      if (refName.startsWith(Constants.R_HEADS)) {
        if (type.equals("commit")) {
          branches.add(new BranchRef(name, f[2], Instant.ofEpochSecond(Long.parseLong(f[6]))));
        }
      } else if (type.equals("commit")) {
        tags.add(new TagRef(name, f[2], false, null));
      } else if (type.equals("tag") && f[3].equals("commit")) {
        Instant tagged = f[5].isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(f[5]));
        tags.add(new TagRef(name, f[4], true, tagged));
      } else if (type.equals("tag") && f[3].equals("tag")) {
        nested.add(refName);
      }
    }
    return new Refs(tags, branches, nested);
  }
}
