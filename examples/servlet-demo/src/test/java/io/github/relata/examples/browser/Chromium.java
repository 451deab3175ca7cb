package io.github.relata.examples.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, both given explicitly so that Selenium
 * never looks for or downloads a driver or browser. {@link #missing()} tells tests to skip themselves on a
 * machine without them; {@code .ci/install-browser} installs them.
 */
final class Chromium {

  /** Debian's Chromium; the system property {@code relata.chromium} names another. */
  static final Path BROWSER = Path.of(System.getProperty("relata.chromium", "/usr/bin/chromium"));

  /** Debian's chromedriver; the system property {@code relata.chromedriver} names another. */
  static final Path DRIVER = Path.of(System.getProperty("relata.chromedriver", "/usr/bin/chromedriver"));

  /** Counts calls to {@code alert}, installed in every page before its own scripts run. */
  static final String ALERT_HOOK =
      "window.__relataAlerts = 0;"
          + "(function () { var original = window.alert;"
          + "  window.alert = function (message) { window.__relataAlerts++; return original.call(window, message); }; })();";

  /** Selenium warns that it has no CDP bindings for this Chromium; the tests use none (only raw CDP commands). */
  private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private Chromium() {}

  /**
   * Says why the browser tests cannot run here.
   *
   * @return a message naming the missing program, or null when Chromium and chromedriver are both installed
   */
  static @Nullable String missing() {
    for (Path program : new Path[] {BROWSER, DRIVER}) {
      if (!Files.isExecutable(program)) {
        return "skipped: no " + program + " on this machine (.ci/install-browser installs chromium and chromium-driver)";
      }
    }
    return null;
  }

  /**
   * Starts a headless Chromium.
   *
   * @param profile an empty directory for the browser's profile
   * @return the driver; quit it when done
   */
  static ChromeDriver start(Path profile) {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--hide-scrollbars",
        "--lang=en-US",
        "--window-size=1200,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    // Leave an unexpected alert open, so a test can look for it instead of Selenium dismissing it.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ALERT_HOOK));
    return driver;
  }

  /**
   * Saves a screenshot of the whole page, beyond the window, to {@code target/screenshots/NAME.png}.
   *
   * @param driver the browser
   * @param name the file name without extension
   * @return the file
   */
  static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of("x", 0, "y", 0, "width", size.get("width").doubleValue(), "height", Math.min(6000, size.get("height").doubleValue()), "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path dir = Path.of(System.getProperty("relata.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }
}
