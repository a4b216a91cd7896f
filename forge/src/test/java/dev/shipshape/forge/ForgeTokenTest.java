package dev.shipshape.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForgeTokenTest {
  @TempDir Path dir;

  @Test
  void aFileWinsOverTheEnvironmentAndOnlyItsFirstLineCounts() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "  from-file-123\nsecond line\n");
    ForgeToken t =
        ForgeToken.find(ForgeKind.GITHUB, file, Map.of("GITHUB_TOKEN", "from-env")).orElseThrow();
    assertThat(t.bearer()).isEqualTo("Bearer from-file-123");
    assertThat(t.toString()).isEqualTo("token from --forge-token-file").doesNotContain("123");
  }

  @Test
  void eachForgeHasItsVariable() {
    Map<String, String> env = Map.of("GITHUB_TOKEN", "gh", "GITLAB_TOKEN", "gl");
    assertThat(ForgeToken.find(ForgeKind.GITLAB, null, env).orElseThrow().bearer())
        .isEqualTo("Bearer gl");
    assertThat(ForgeToken.find(ForgeKind.GITHUB, null, Map.of("GITHUB_TOKEN", " "))).isEmpty();
  }

  @Test
  void anUnreadableOrEmptyFileIsAOneLineErrorWithoutItsContent() throws Exception {
    assertThatThrownBy(() -> ForgeToken.find(ForgeKind.GITHUB, dir.resolve("none"), Map.of()))
        .hasMessageEndingWith("no such file");
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    assertThatThrownBy(() -> ForgeToken.find(ForgeKind.GITHUB, empty, Map.of()))
        .hasMessageEndingWith("is empty");
  }

  @Test
  void withoutATokenTheForgeIsNotAskedAndTheScanSaysWhy() {
    ForgeData d =
        Forge.sync(
            ForgeOptions.on(),
            new Forge.Target("https://github.com/acme/shop.git", null, null),
            null,
            Map.of());
    assertThat(d.missing()).containsOnlyKeys(ForgeData.Aspect.values());
    assertThat(d.diagnostics().get(0).message())
        .contains("no token for GitHub github.com/acme/shop (set GITHUB_TOKEN");
  }

  @Test
  void offAsksNothing() {
    ForgeData d =
        Forge.sync(
            ForgeOptions.OFF,
            new Forge.Target("https://github.com/acme/shop.git", null, null),
            null,
            Map.of("GITHUB_TOKEN", "x"));
    assertThat(d).isSameAs(ForgeData.OFF);
    assertThat(d.asked()).isFalse();
  }

  @Test
  void aRemoteWithCredentialsIsNeverShown() {
    ForgeData d =
        Forge.sync(
            ForgeOptions.on(),
            new Forge.Target("https://user:hunter2@bitbucket.org/acme/shop.git", null, null),
            null,
            Map.of());
    assertThat(d.diagnostics().get(0).message())
        .contains("https://bitbucket.org/acme/shop.git")
        .doesNotContain("hunter2");
  }
}
