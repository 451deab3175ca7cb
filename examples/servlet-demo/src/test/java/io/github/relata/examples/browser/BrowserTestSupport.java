package io.github.relata.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.relata.examples.DemoBlog;
import io.github.relata.examples.DemoOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each browser test class gets its own demo blog (the sample posts, on a free port) and its own headless
 * Chromium, so what one class adds through the form does not change another's lists. Where Chromium or
 * chromedriver is missing, every test is skipped with a message saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

  /** A Swedish post on smart specialisation in the Stockholm region, as on the seed page. */
  static final String STOCKHOLM = "smart-specialisering-stockholm-2017";

  /** An English post on the Innovation Summit in Västerås. */
  static final String VASTERAS = "innovation-summit-vasteras-smart-specialisation-2019";

  DemoBlog blog;
  ChromeDriver driver;
  WebDriverWait wait;
  private Path profile;

  private @Nullable String skipReason;

  @BeforeAll
  void startBlogAndBrowser() throws Exception {
    skipReason = Chromium.missing();
    if (skipReason != null) {
      return;
    }
    profile = Files.createTempDirectory("relata-chromium-");
    driver = Chromium.start(profile);
    blog = DemoBlog.start(new DemoOptions(0, "127.0.0.1", null, false), DemoBlog.posts(null));
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Skips each test, with the reason, where Chromium or chromedriver is not installed. */
  @BeforeEach
  void requireBrowser() {
    assumeTrue(skipReason == null, skipReason);
  }

  @AfterAll
  void stopBlogAndBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (blog != null) {
      blog.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Checks that an excerpt shows at most two lines, as the markup clamps it: its box is no taller than two of
   * its lines (and, when its text is longer, the rest is hidden rather than shown).
   */
  static void assertAtMostTwoLines(WebElement excerpt) {
    double lineHeight = Double.parseDouble(excerpt.getCssValue("line-height").replace("px", ""));
    double height = excerpt.getRect().getHeight();
    assertTrue(height <= 2 * lineHeight + 1, "excerpt is " + height + " px high, lines are " + lineHeight + " px: " + excerpt.getText());
    assertEquals("hidden", excerpt.getCssValue("overflow"));
  }

  /** Opens a page of the blog. */
  void open(String path) {
    driver.get(blog.uri().resolve(path).toString());
  }

  /** Returns the related list's items on the current post page. */
  List<WebElement> relatedItems() {
    return driver.findElements(By.cssSelector("section.relata-related li.relata-item"));
  }

  /** Writes a post with the form, starting from the index page's link, and waits for its page. */
  void writePost(String title, String lang, String date, String tags, String body) {
    open("/");
    driver.findElement(By.linkText("Write a post")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys(title);
    new Select(driver.findElement(By.id("lang"))).selectByValue(lang);
    driver.executeScript("document.getElementById('date').value = arguments[0];", date);
    driver.findElement(By.id("tags")).sendKeys(tags);
    driver.findElement(By.id("body")).sendKeys(body);
    driver.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.urlContains("/posts/"));
  }
}
