package dev.shipshape.facts.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections a README should have, recognised by their headings or by their content, in Markdown,
 * reStructuredText, AsciiDoc or plain text. One line per section.
 */
public final class ReadmeSections {
  /** A section the README should have: a heading that names it, or content that shows it. */
  public record Section(String name, Pattern heading, Pattern content) {}

  /** Where a section was seen: the 1-based line and what showed it. */
  public record Found(int line, String how) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  public static final List<Section> ALL =
      List.of(
          new Section(
              "what it is",
              Pattern.compile(
                  "\\b(about|overview|introduction|what is|what it is|description|features|why|motivation|background)\\b",
                  FLAGS),
              // a sentence of prose: eight words or more, not a badge, link list or HTML
              Pattern.compile(
                  "^(?![\\s>|]*[!\\[<`|#])\\s*(?:[\\p{L}\\p{N}*_'’()\"-]+[.,:;!?]?\\s+){7,}\\S")),
          new Section(
              "how to run",
              Pattern.compile(
                  "\\b(install(ation|ing)?|getting started|get started|quick ?start|usage|running|run|set ?up|build(ing)?|how to use|local development|requirements|prerequisites)\\b",
                  FLAGS),
              Pattern.compile(
                  "(^|[\\s`$])(npm (install|start|run|ci)|yarn( install| start| dev)?$|pnpm (install|dev|start)|pip install|pipx install|poetry install|docker (run|compose up)|docker-compose up|\\./mvnw |mvn |\\./gradlew |gradle |go (run|install|build|get)|cargo (run|install|build)|make( |$)|brew install|apt(-get)? install|helm install|terraform init|dotnet run|bundle install|rails s(erver)?|java -jar)",
                  Pattern.MULTILINE)),
          new Section(
              "how to test",
              Pattern.compile("\\b(tests?|testing)\\b", FLAGS),
              Pattern.compile(
                  "(^|[\\s`$])(npm (run )?test|yarn test|pnpm test|\\./mvnw (-B )?(test|verify)|mvn (-B )?(test|verify)|\\./gradlew (test|check)|gradle (test|check)|pytest|tox|go test|cargo test|make (test|check)|dotnet test|rspec|bundle exec rake|phpunit|jest|mix test|ctest|terraform test)\\b",
                  Pattern.MULTILINE)),
          new Section(
              "how to contribute or deploy",
              Pattern.compile(
                  "\\b(contribut\\w*|deploy\\w*|releas\\w*|publish\\w*|production|hacking|development workflow)\\b",
                  FLAGS),
              Pattern.compile(
                  "CONTRIBUTING|(^|[\\s`$])(kubectl apply|helm (upgrade|install)|terraform apply|flyctl deploy|fly deploy|gcloud (run|app) deploy|cf push|serverless deploy|cdk deploy|sam deploy)",
                  Pattern.MULTILINE)));

  private static final Pattern ATX = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern ADOC = Pattern.compile("^={1,6}\\s+(.+)$");
  private static final Pattern HTML = Pattern.compile("<h[1-6][^>]*>(.*?)</h[1-6]>", FLAGS);
  private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^*+#`'\"])\\1{2,}\\s*$");

  private ReadmeSections() {}

  /** A heading of the document and its line. */
  record Heading(String text, int line) {}

  /** The sections the text has, in {@link #ALL}'s order, each with where it was seen. */
  public static Map<String, Found> find(String text) {
    String[] lines = text.split("\r?\n", -1);
    List<Heading> headings = headings(lines);
    Map<String, Found> found = new LinkedHashMap<>();
    for (Section section : ALL) {
      for (Heading h : headings) {
        if (section.heading().matcher(h.text()).find()) {
          found.put(section.name(), new Found(h.line(), "heading \"" + clip(h.text()) + "\""));
          break;
        }
      }
      if (found.containsKey(section.name())) {
        continue;
      }
      for (int i = 0; i < lines.length; i++) {
        if (isHeadingLine(headings, i + 1)) {
          continue;
        }
        Matcher m = section.content().matcher(lines[i]);
        if (m.find()) {
          found.put(section.name(), new Found(i + 1, "\"" + clip(lines[i].strip()) + "\""));
          break;
        }
      }
    }
    return found;
  }

  private static boolean isHeadingLine(List<Heading> headings, int line) {
    return headings.stream().anyMatch(h -> h.line() == line);
  }

  static List<Heading> headings(String[] lines) {
    List<Heading> headings = new ArrayList<>();
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      // a "# comment" in a shell block is not a heading
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        continue;
      }
      Matcher m = ATX.matcher(line);
      if (m.matches()) {
        headings.add(new Heading(m.group(1), i + 1));
        continue;
      }
      m = ADOC.matcher(line);
      if (m.matches()) {
        headings.add(new Heading(m.group(1), i + 1));
        continue;
      }
      m = HTML.matcher(line);
      if (m.find()) {
        headings.add(new Heading(m.group(1).replaceAll("<[^>]+>", ""), i + 1));
        continue;
      }
      boolean underlined =
          i + 1 < lines.length
              && !line.isBlank()
              && UNDERLINE.matcher(lines[i + 1]).matches()
              // an AsciiDoc block attribute above a ---- listing is no heading
              && !line.strip().startsWith("[");
      if (underlined) {
        headings.add(new Heading(line.strip(), i + 1));
      }
    }
    return headings;
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
