package dev.shipshape.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitDiffReaderTest {
  private static final String A = "a".repeat(40);
  private static final String B = "b".repeat(40);

  /** {@code git log -z --numstat --format=%x01%H} output for two commits. */
  private static final String NUMSTAT =
      "\u0001"
          + A
          + "\u0000\n3\t1\tsrc/Main.java\u0000-\t-\timg/é.png\u0000"
          + "\u0001"
          + B
          + "\u0000\n2\t0\tsrc/Main.java\u0000";

  @Test
  void tokensSplitAcrossReadsParseAsWhole() throws IOException {
    Map<String, CommitDiff> whole = GitDiffReader.parse(stream(NUMSTAT, Integer.MAX_VALUE), true);
    Map<String, CommitDiff> byteByByte = GitDiffReader.parse(stream(NUMSTAT, 1), true);
    Map<String, CommitDiff> byThrees = GitDiffReader.parse(stream(NUMSTAT, 3), true);

    assertThat(whole.get(A))
        .isEqualTo(new CommitDiff(A, List.of("src/Main.java", "img/é.png"), 3, 1));
    assertThat(whole.get(B)).isEqualTo(new CommitDiff(B, List.of("src/Main.java"), 2, 0));
    assertThat(byteByByte).isEqualTo(whole);
    assertThat(byThrees).isEqualTo(whole);
  }

  @Test
  void rawOutputGivesPathsOnly() throws IOException {
    String raw =
        "\u0001"
            + A
            + "\u0000\n:100644 100644 "
            + "1".repeat(40)
            + " "
            + "2".repeat(40)
            + " M\u0000docs/a b.md\u0000";
    assertThat(GitDiffReader.parse(stream(raw, 5), false))
        .containsExactly(Map.entry(A, new CommitDiff(A, List.of("docs/a b.md"), null, null)));
  }

  /** The text's bytes, at most {@code chunk} of them per read. */
  private static InputStream stream(String text, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
