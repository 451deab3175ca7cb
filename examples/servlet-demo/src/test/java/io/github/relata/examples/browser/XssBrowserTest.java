package io.github.relata.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A post whose title is markup is shown as text everywhere it appears (its page, the index, a related list
 * rendered on the server and one drawn by the widget), and no script of it runs.
 */
final class XssBrowserTest extends BrowserTestSupport {

  private static final String TITLE = "<img src=x onerror=alert(1)>";
  private static final String BODY =
      "Stockholmsregionens strategi för smart specialisering ses över, med workshoppar för företag, lärosäten och kommuner "
          + "om styrkeområden som life science och digitala tjänster. <img src=x onerror=\"window.__relataXss = 1\"> "
          + "<script>window.__relataXss = 2</script> <a href=\"javascript:window.__relataXss = 3\">länk</a>";

  private @Nullable String id;

  /** Writes the post through the form, once, before the first test that runs. */
  @BeforeEach
  void writeTheMaliciousPost() {
    if (id == null) {
      writePost(TITLE, "sv", "2017-03-20", "smart specialisering, Stockholm, innovationsstrategi", BODY);
      id = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
    }
  }

  @Test
  void ownPage_showsTheTitleAsText() {
    open("/posts/" + id);

    assertEquals(TITLE, driver.findElement(By.cssSelector("h1.post-title")).getText());
    assertTrue(driver.getTitle().startsWith(TITLE), driver.getTitle());
    assertNoScriptRan();
  }

  @Test
  void indexPage_showsTheTitleAsText() {
    open("/");

    assertEquals(TITLE, driver.findElement(By.cssSelector(".post-row[data-post-id='" + id + "'] a.post-link")).getText());
    assertNoScriptRan();
  }

  @Test
  void serverRenderedRelatedList_showsTheTitleAsText() {
    open("/posts/" + STOCKHOLM);

    WebElement item = driver.findElement(By.cssSelector("li.relata-item[data-post-id='" + id + "']"));
    assertEquals(TITLE, item.findElement(By.cssSelector(".relata-title a")).getText());
    assertNoScriptRan();
  }

  @Test
  void widgetRelatedList_showsTheTitleAsText() {
    open("/widget/" + STOCKHOLM);

    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("section.relata-related"), "data-state", "loaded"));
    WebElement item = driver.findElement(By.cssSelector("section.relata-related li[data-post-id='" + id + "']"));
    assertEquals(TITLE, item.findElement(By.cssSelector("a")).getText());
    assertNoScriptRan();
  }

  @Test
  void control_theChecksDoSeeAnAlert() {
    open("/");
    driver.executeScript("setTimeout(function () { alert('control'); }, 0);");

    wait.until(ExpectedConditions.alertIsPresent()).accept();
    assertEquals(1L, driver.executeScript("return window.__relataAlerts;"));
  }

  private void assertNoScriptRan() {
    assertTrue(driver.findElements(By.cssSelector("img[src='x']")).isEmpty(), "an <img src=x> element was created");
    assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "the page has no images at all");
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert is open");
    assertEquals(0L, driver.executeScript("return window.__relataAlerts;"), "alert() was called");
    assertNull(driver.executeScript("return window.__relataXss === undefined ? null : window.__relataXss;"), "injected script ran");
  }
}
