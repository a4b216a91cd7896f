package dev.shipshape.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium ({@code chromium} + {@code chromium-driver}) for the browser tests.
 * The browser and driver are named explicitly, so Selenium Manager never downloads anything; the
 * flags keep Chromium off the network (this machine's closed network refuses its background
 * connections) and give it a fresh profile.
 */
public final class HeadlessChromium {
  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Skips the calling test (a failure in CI) when the browser or its driver is not installed. */
  public static void assumeInstalled() {
    TestComponents.require(
        Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "browser tests",
        "needs "
            + BROWSER
            + " and "
            + DRIVER
            + " (apt-get install chromium chromium-driver; .ci/services.sh does)");
  }

  /** A new headless browser with its profile in {@code profile}; the caller quits it. */
  public static ChromeDriver start(Path profile, String... extraArguments) {
    assumeInstalled();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
    arguments.addAll(List.of(extraArguments));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(arguments);
    return new ChromeDriver(service, options);
  }
}
