package dev.shipshape.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForgeProjectTest {
  static final ForgeHosts HOSTS =
      ForgeHosts.parse(List.of("github=ghe.example.com", "gitlab=git.example.com:8443"));

  static ForgeProject detect(String url) {
    return ForgeProject.detect(url, HOSTS).orElse(null);
  }

  @Test
  void githubComRemotesInEveryForm() {
    for (String url :
        List.of(
            "https://github.com/acme/shop.git",
            "https://github.com/acme/shop",
            "https://github.com/acme/shop/",
            "git@github.com:acme/shop.git",
            "ssh://git@github.com/acme/shop.git",
            "https://x-access-token:secret@github.com/acme/shop.git")) {
      ForgeProject p = detect(url);
      assertThat(p).as(url).isNotNull();
      assertThat(p.kind()).isEqualTo(ForgeKind.GITHUB);
      assertThat(p.api()).hasToString("https://api.github.com");
      assertThat(p.graphql()).hasToString("https://api.github.com/graphql");
      assertThat(p.restRoot()).isEqualTo("https://api.github.com/repos/acme/shop");
      assertThat(p.toString() + p.identity()).doesNotContain("secret");
    }
  }

  @Test
  void githubEnterpriseServerAnswersUnderApiV3() {
    ForgeProject p = detect("git@ghe.example.com:team/tool.git");
    assertThat(p.api()).hasToString("https://ghe.example.com/api/v3");
    assertThat(p.graphql()).hasToString("https://ghe.example.com/api/graphql");
  }

  @Test
  void gitlabProjectsMayBeNestedAndSelfManaged() {
    ForgeProject p = detect("https://gitlab.com/acme/web/shop.git");
    assertThat(p.kind()).isEqualTo(ForgeKind.GITLAB);
    assertThat(p.restRoot()).isEqualTo("https://gitlab.com/api/v4/projects/acme%2Fweb%2Fshop");
    ForgeProject self = detect("https://git.example.com:8443/group/sub/app.git");
    assertThat(self.api()).hasToString("https://git.example.com:8443/api/v4");
    // an SSH port is not the web's
    assertThat(detect("ssh://git@git.example.com:2222/group/app.git")).isNull();
    assertThat(
            ForgeProject.detect(
                "ssh://git@git.example.com:2222/group/app.git",
                ForgeHosts.parse(List.of("gitlab=git.example.com"))))
        .hasValueSatisfying(q -> assertThat(q.api()).hasToString("https://git.example.com/api/v4"));
  }

  @Test
  void unknownHostsAndOddPathsAreNotAForge() {
    assertThat(detect("https://bitbucket.org/acme/shop.git")).isNull();
    assertThat(detect("/srv/git/shop.git")).isNull();
    assertThat(detect("https://github.com/acme")).isNull();
    assertThat(detect("https://github.com/acme/shop/extra")).isNull();
    assertThat(detect("https://github.com/acme/../shop")).isNull();
  }

  @Test
  void aHostEntryMustBeKindEqualsHost() {
    assertThatThrownBy(() -> ForgeHosts.parse(List.of("gitea=git.example.com")))
        .hasMessageContaining("must be KIND=HOST");
    assertThatThrownBy(() -> ForgeHosts.parse(List.of("github=https://x")))
        .hasMessageContaining("must be KIND=HOST");
  }
}
