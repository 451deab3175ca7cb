package io.github.relata.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Adding and editing posts with the form changes the related lists at once, without a restart. */
final class FormBrowserTest extends BrowserTestSupport {

  @Test
  void addingAPost_putsItInTheRelatedListOfAPostOnTheSameTopic() {
    String title = "Workshoppar om Stockholmsregionens styrkeområden och smart specialisering";
    open("/posts/" + STOCKHOLM);
    assertFalse(titles().contains(title));

    writePost(
        title,
        "sv",
        "2017-04-05",
        "smart specialisering, Stockholm, innovationsstrategi",
        "Stockholmsregionens strategi för smart specialisering ses över. Under våren hålls workshoppar där företag, "
            + "lärosäten och kommuner diskuterar regionens styrkeområden: life science, digitala tjänster, hållbara "
            + "städer och finansiell teknik. Specialiseringsstrategin ska bli tydligare inför nästa programperiod.");

    assertEquals(title, driver.findElement(By.cssSelector("h1.post-title")).getText());
    assertFalse(relatedItems().isEmpty(), "the new post has a related list of its own");
    open("/posts/" + STOCKHOLM);
    assertTrue(titles().contains(title), "related list of " + STOCKHOLM + ": " + titles());
    WebElement item = driver.findElement(By.xpath("//li[contains(@class,'relata-item')][.//a[normalize-space()='" + title + "']]"));
    assertEquals("5 april 2017", item.findElement(By.tagName("time")).getText());
  }

  @Test
  void editingAPost_changesItsTitleInOtherPostsRelatedLists() {
    open("/posts/" + STOCKHOLM);
    WebElement first = relatedItems().get(0);
    String id = first.getAttribute("data-post-id");
    first.findElement(By.cssSelector(".relata-title a")).click();
    wait.until(ExpectedConditions.urlContains("/posts/" + id));

    driver.findElement(By.linkText("Edit this post")).click();
    WebElement titleField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
    String newTitle = titleField.getAttribute("value") + " (uppdaterad)";
    titleField.clear();
    titleField.sendKeys(newTitle);
    driver.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.post-title"), newTitle));

    open("/posts/" + STOCKHOLM);
    WebElement edited = driver.findElement(By.cssSelector("li.relata-item[data-post-id='" + id + "'] .relata-title a"));
    assertEquals(newTitle, edited.getText());
  }

  @Test
  void anInvalidForm_isShownAgainWithTheProblem() {
    open("/edit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys("Ett inlägg");
    driver.executeScript("document.getElementById('lang').innerHTML = '<option value=\"svenska\" selected>svenska</option>';");

    driver.findElement(By.id("save")).click();

    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error")));
    assertEquals("language must be an ISO 639 code such as sv or en: 'svenska'", error.getText());
    assertEquals("Ett inlägg", driver.findElement(By.id("title")).getAttribute("value"));
  }

  private List<String> titles() {
    return driver.findElements(By.cssSelector("li.relata-item .relata-title a")).stream().map(WebElement::getText).toList();
  }
}
