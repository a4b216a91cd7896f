package dev.shipshape.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.TestServer;
import dev.shipshape.testkit.HeadlessChromium;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's way through the web interface, in Debian's headless Chromium: sign in, register a
 * repository built here, see it scanned, filter the dashboard, drill down, answer the survey.
 */
class BrowserTest {
  @TempDir Path temp;
  private TestDatabase db;
  private TestServer s;
  private WebDriver browser;

  @BeforeEach
  void start() {
    HeadlessChromium.assumeInstalled();
    db = TestDatabase.create("sqlite", temp);
    s = TestServer.start(db);
    browser = HeadlessChromium.start(temp.resolve("chromium-profile"));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (s != null) {
      s.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void registerScanFilterDrillDownAndAnswerTheSurvey() {
    Path infra = temp.resolve("infra");
    try (TestRepository git = TestRepository.create(infra)) {
      git.file("README.md", "# infra\n")
          .file("main.tf", "resource \"null_resource\" \"x\" {}\n")
          .file(
              ".github/workflows/ci.yml",
              "on: [push]\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: terraform validate\n")
          .commit("#1: infrastructure");
    }
    Path docs = temp.resolve("docs");
    try (TestRepository git = TestRepository.create(docs)) {
      git.file("README.md", "# docs\n").commit("#2: docs");
    }

    // Sign in with the admin token printed at first start.
    browser.get(s.url("/login"));
    shown(By.id("token")).sendKeys(s.adminToken);
    browser.findElement(By.id("sign-in")).click();
    textBecomes(By.className("who"), t -> t.contains("signed in (admin)"));

    // Register two repositories through the form.
    register("infra", infra, "platform");
    register("docs-site", docs, "writers");

    // The first lands on its page and is scanned in the background.
    browser.get(s.url("/repositories/infra"));
    waitFor(
        () -> {
          browser.navigate().refresh();
          return !browser.findElements(By.id("score")).isEmpty();
        });
    assertThat(browser.findElements(By.cssSelector("svg.chart circle"))).hasSize(1);

    // Its full report is render's HTML report, a page of its own.
    shown(By.id("full-report")).click();
    patiently().until(ExpectedConditions.urlMatches("/repositories/infra/report\\.html$"));
    textBecomes(By.tagName("body"), t -> t.contains("Checks"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("terraform");

    // The dashboard lists both once scanned; the filter keeps the one that uses terraform.
    browser.get(s.url("/"));
    waitFor(
        () -> {
          browser.navigate().refresh();
          return browser.findElements(By.cssSelector("td.status")).stream()
                  .allMatch(td -> td.getText().equals("scanned"))
              && browser.findElements(By.cssSelector("tr.repository")).size() == 2;
        });
    WebElement filter = shown(By.id("q"));
    filter.sendKeys("uses terraform");
    browser.findElement(By.id("apply")).click();
    rowsBecome(List.of("infra"));
    shown(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("no terraform");
    browser.findElement(By.id("apply")).click();
    rowsBecome(List.of("docs-site"));

    // Drill down, then answer the team's survey from its page.
    browser.get(s.url("/?q="));
    shown(By.linkText("infra")).click();
    textBecomes(By.tagName("h1"), "infra"::equals);
    browser.findElement(By.linkText("platform")).click();
    shown(By.id("on-call--operations-team")).click();
    browser.findElement(By.id("releases--product-team")).click();
    browser.findElement(By.id("save")).click();
    textBecomes(By.id("saved"), "Saved 2 answers."::equals);

    // The answers join the evidence in the stage.
    browser.findElement(By.linkText("infra")).click();
    textBecomes(
        By.id("walls"),
        t ->
            t.contains(
                "between the product team and operations: team survey: Who is called at 3 a.m."));
    assertThat(browser.findElement(By.id("survey-stage")).getText()).isEqualTo("Immature DevOps");
  }

  /**
   * Registers through the form and waits, on the URL then the heading, for the repository's page:
   * under load the page after a submit may come seconds later.
   */
  private void register(String name, Path location, String team) {
    browser.get(s.url("/register"));
    shown(By.id("name")).sendKeys(name);
    browser.findElement(By.id("location")).sendKeys(location.toString());
    browser.findElement(By.id("team")).sendKeys(team);
    browser.findElement(By.id("register")).click();
    patiently().until(ExpectedConditions.urlMatches("/repositories/" + name + "$"));
    textBecomes(By.tagName("h1"), name::equals);
  }

  /** Waits generously; an element replaced by the next page is looked up again. */
  private WebDriverWait patiently() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** The element once the page that has it is shown. */
  private WebElement shown(By by) {
    return patiently().until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** Waits until the element is shown with a text that passes {@code expected}. */
  private void textBecomes(By by, Predicate<String> expected) {
    try {
      patiently().until(d -> expected.test(d.findElement(by).getText()));
    } catch (TimeoutException e) {
      List<WebElement> found = browser.findElements(by);
      fail(
          "waited for "
              + by
              + " on "
              + browser.getCurrentUrl()
              + "; it reads: "
              + (found.isEmpty() ? "(not there)" : found.get(0).getText()));
    }
  }

  /** The dashboard shows exactly these rows once the submitted page has loaded. */
  private void rowsBecome(List<String> expected) {
    patiently().until(d -> expected.equals(namesWhileRendering()));
    assertThat(names()).isEqualTo(expected);
  }

  /**
   * The rows' names, or null while the page replaces them: Chromium then reports a row read a
   * moment ago as a node that "does not belong to the document", not as a stale element.
   */
  private List<String> namesWhileRendering() {
    try {
      return names();
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  private List<String> names() {
    return browser.findElements(By.cssSelector("tr.repository")).stream()
        .map(tr -> tr.getAttribute("data-name"))
        .toList();
  }

  private void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofMillis(300))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }
}
