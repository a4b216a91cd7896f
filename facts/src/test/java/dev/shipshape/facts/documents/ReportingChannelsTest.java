package dev.shipshape.facts.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingChannelsTest {
  @Test
  void githubReportingIsPreferredAndLinesAreGiven() {
    var channel =
        ReportingChannels.find(
            "# Policy\nSee https://example.org\nUse private vulnerability reporting.\n");
    assertThat(channel).isPresent();
    assertThat(channel.get().kind()).contains("GitHub");
    assertThat(channel.get().line()).isEqualTo(3);
  }

  @Test
  void emailAndLinkAreChannels() {
    assertThat(ReportingChannels.find("write to sec@corp.example.com").get().kind())
        .isEqualTo("e-mail address");
    assertThat(ReportingChannels.find("go to https://corp.example/bounty").get().kind())
        .isEqualTo("link");
  }

  @Test
  void prosewithoutAChannelHasNone() {
    assertThat(ReportingChannels.find("We care about security. Versions 1.x are supported."))
        .isEmpty();
  }
}
