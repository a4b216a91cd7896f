package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.testkit.HeadlessChromium;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Renders the HTML report in the system's headless Chromium and checks what a person sees. Without
 * Debian's {@code chromium} and {@code chromium-driver} it is skipped with one line saying so (a
 * failure in CI: {@link HeadlessChromium}). Screenshots go to {@code target/screenshots/}.
 */
class HtmlReportBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Selenium warns that it has no DevTools module for this Chromium; the raw CDP command used here
   * needs none. Held in a field: the logging system keeps loggers only weakly.
   */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  @TempDir static Path dir;

  private static ChromeDriver driver;

  @BeforeAll
  static void startChromium() {
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    driver =
        HeadlessChromium.start(
            dir.resolve("profile"), "--hide-scrollbars", "--window-size=1280,900");
    // Counts Content-Security-Policy violations from the first moment of every page.
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.__violations = [];"
                + "document.addEventListener('securitypolicyviolation',"
                + " e => window.__violations.push(e.blockedURI));"));
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void showsTheReportAndOpensEvidenceOnClick() throws IOException {
    Report full = SampleReports.full();
    open(full, HtmlReportRendererTest.trend(), "full.html", 1280, 900);
    String text = driver.findElement(By.tagName("body")).getText();
    assertThat(text).contains("payments-api", "71", "of 100", "Immature DevOps", "Trend");
    for (PracticeResult p : full.practices()) {
      assertThat(text).contains(p.title());
    }
    assertThat(text).contains("Deployment frequency", "0.85 per week", "elite");

    WebElement row = rowOf("ci-cd/tests-in-pipeline");
    WebElement details = row.findElement(By.tagName("details"));
    WebElement evidence = details.findElement(By.tagName("li"));
    assertThat(evidence.isDisplayed()).isFalse();
    details.findElement(By.tagName("summary")).click();
    assertThat(evidence.isDisplayed()).isTrue();
    assertThat(evidence.getText())
        .isEqualTo(".github/workflows/ci.yml:21 — runs mvn -B verify on pull_request");

    assertNothingWasRequested();
    screenshot("report.png", 1280);
  }

  @Test
  void aHostileFileNameIsTextNotAnImage() throws IOException {
    open(SampleReports.hostileMarkup(), List.of(), "hostile.html", 1280, 900);
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("<script>alert(\"repo\")</script>|`x`");
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).isEmpty();
    WebElement details = rowOf("version-control/history").findElement(By.tagName("details"));
    details.findElement(By.tagName("summary")).click();
    assertThat(details.getText()).contains("docs/<img src=x onerror=alert(1)>.md:7");
    assertThat(driver.getTitle()).startsWith("<script>alert(\"repo\")</script>");
    assertNothingWasRequested();
  }

  @Test
  void fitsAPhoneScreen() throws IOException {
    open(SampleReports.full(), HtmlReportRendererTest.trend(), "phone.html", 390, 844);
    JavascriptExecutor js = driver;
    long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
    long content =
        ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    assertThat(content).as("page width on a %d px screen", viewport).isLessThanOrEqualTo(viewport);
    WebElement stage = driver.findElement(By.className("stage"));
    assertThat(stage.isDisplayed()).isTrue();
    assertThat(stage.getText()).isEqualTo("Immature DevOps");
    screenshot("report-phone.png", 390);
  }

  private static void open(
      Report report, List<TrendPoint> trend, String fileName, int width, int height)
      throws IOException {
    Path file = dir.resolve(fileName);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new HtmlReportRenderer(RenderOptions.plain(), trend).render(report, out);
    }
    driver.manage().window().setSize(new Dimension(width, height));
    driver.get(file.toUri().toString());
  }

  private static WebElement rowOf(String checkId) {
    return driver.findElement(
        By.xpath("//table[@class='checks']//tr[.//code[text()='" + checkId + "']]"));
  }

  private static void assertNothingWasRequested() {
    JavascriptExecutor js = driver;
    assertThat((List<?>) js.executeScript("return performance.getEntriesByType('resource')"))
        .as("resources the page loaded")
        .isEmpty();
    assertThat((List<?>) js.executeScript("return window.__violations"))
        .as("requests the Content-Security-Policy blocked")
        .isEmpty();
    assertThat(
            (Number)
                js.executeScript(
                    "return document.querySelectorAll("
                        + "'img,script,link,iframe,object,embed,video,audio,source').length"))
        .isEqualTo(0L);
  }

  /** The whole page at {@code width}, saved as a build artefact. */
  private static void screenshot(String name, int width) throws IOException {
    JavascriptExecutor js = driver;
    long height =
        ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 12000)));
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(SCREENSHOTS);
    Files.copy(png, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
