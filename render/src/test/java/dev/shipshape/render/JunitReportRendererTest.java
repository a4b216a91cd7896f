package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Report;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JunitReportRendererTest {

  static final List<String> NAMES = SampleReports.NAMES;

  static String xml(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new JunitReportRenderer().render(report, out);
    return out.toString();
  }

  /** Parsed as a CI server should: no DTD, no external entities. Throws when not well-formed. */
  static Document parse(String xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void matchesGoldenFileAndParses(String name) throws IOException {
    String xml = xml(SampleReports.named(name));
    parse(xml);
    Golden.assertMatches(name + ".expected.junit.xml", xml);
  }

  @Test
  void oneSuitePerPracticeOneCasePerCheckWithCounts() throws IOException {
    Document doc = parse(xml(SampleReports.full()));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("15");
    assertThat(root.getAttribute("failures")).isEqualTo("9");
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    assertThat(root.getAttribute("skipped")).isEqualTo("0");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(10);
    Element vc = (Element) suites.item(0);
    assertThat(vc.getAttribute("name")).isEqualTo("version-control");
    assertThat(vc.getAttribute("tests")).isEqualTo("3");
    assertThat(vc.getAttribute("failures")).isEqualTo("1");
    Element linkage = (Element) vc.getElementsByTagName("testcase").item(1);
    assertThat(linkage.getAttribute("classname")).isEqualTo("version-control");
    assertThat(linkage.getAttribute("name")).isEqualTo("version-control/backlog-linkage");
    Element failure = (Element) linkage.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("partial, 6/10: 64% of commits name a work item.");
    assertThat(failure.getAttribute("type")).isEqualTo("partial");
    assertThat(failure.getTextContent()).contains("Next step: Raise");
    assertThat(linkage.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("partial 6/10: 64% of commits name a work item.\n392 of 612 non-merge commits");
    Element passing = (Element) vc.getElementsByTagName("testcase").item(0);
    assertThat(passing.getElementsByTagName("failure").getLength()).isZero();
    assertThat(passing.getElementsByTagName("system-out").item(0).getTextContent())
        .contains(".gitignore — ignores target/ and .idea/");
  }

  @Test
  void notApplicableAndExemptAreSkippedWithTheReasonAndErrorIsAnError() throws IOException {
    Document doc = parse(xml(SampleReports.unscoredChecks()));
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("skipped")).isEqualTo("3");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    NodeList skipped = doc.getElementsByTagName("skipped");
    assertThat(((Element) skipped.item(0)).getAttribute("message"))
        .isEqualTo("not-applicable: a library is not run by its team");
    assertThat(((Element) skipped.item(2)).getAttribute("message"))
        .isEqualTo("exempt: runbooks live in the platform team's wiki (ADR 7)");
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).startsWith("error: could not read");
  }

  @Test
  void hostileStringsComeBackAsTheSameText() throws IOException {
    Report hostile = SampleReports.hostileMarkup();
    String xml = xml(hostile);
    Document doc = parse(xml);
    assertThat(doc.getDocumentElement().getAttribute("name"))
        .isEqualTo("shipshape: <script>alert(\"repo\")</script>|`x`");
    String out = doc.getElementsByTagName("system-out").item(0).getTextContent();
    assertThat(out).contains("]]></system-out> | cell |").contains("<img src=x onerror=alert(1)>");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .contains("<script>alert('x')</script>\" & more\uFFFD");
    // Characters XML 1.0 cannot hold at all (ESC, NUL) must not reach the file.
    String strings = xml(SampleReports.hostileStrings());
    parse(strings);
    assertThat(strings).doesNotContain("\u001b").doesNotContain("\u0000");
  }
}
