package dev.shipshape.facts.documents;

import dev.shipshape.facts.files.TextLines;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a security policy tells reporters where to go: an e-mail address, a link, or GitHub's private
 * vulnerability reporting. One line per channel.
 */
public final class ReportingChannels {
  /** A channel found in a policy: what kind it is and the line it is on. */
  public record Channel(String kind, int line) {}

  private record Rule(String kind, Pattern pattern) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "GitHub private vulnerability reporting",
              Pattern.compile(
                  "private vulnerability report|security advisor(y|ies)|/security/advisories|report a vulnerability",
                  Pattern.CASE_INSENSITIVE)),
          new Rule(
              "e-mail address",
              Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")),
          new Rule("link", Pattern.compile("https?://[^\\s)>\\]]+")));

  private ReportingChannels() {}

  /** The first reporting channel in the text, by the order of the rules. */
  public static Optional<Channel> find(String text) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      if (m.find()) {
        return Optional.of(new Channel(rule.kind(), TextLines.lineOf(text, m.start())));
      }
    }
    return Optional.empty();
  }
}
