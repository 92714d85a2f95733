package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reader journeys through people, posts and threads in a real headless Chromium: find a person and
 * narrow their cables to a year; go from a post to the post it wrote to most and to the Secretary who
 * signed there; follow a cable's thread and click a cable in the drawing. Nothing runs on any page.
 * With {@code -Dscreenshots=<folder>} the pages are saved there as PNG.
 */
class NetworkBrowserTest {
  private static final Duration NAVIGATION = Duration.ofSeconds(15);

  private static HeadlessChromium browser;
  private static ChromeDriver driver;
  private static String base;

  @BeforeAll
  static void openBrowser() throws IOException {
    browser = HeadlessChromium.start("people, post and thread journeys");
    driver = browser.driver();
    base = "http://127.0.0.1:" + DemoReadingRoom.get().port();
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void nothingRanAndNothingFailed() {
    assertThat(((JavascriptExecutor) driver).executeScript("return document.scripts.length")).isEqualTo(0L);
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(severe).as("browser console warnings and errors").isEmpty();
  }

  @Test
  void findAPersonAndNarrowTheirCablesToAYear() throws IOException {
    open("/person");
    WebElement box = driver.findElement(By.id("person-q"));
    box.sendKeys("scobey");
    box.submit();
    arriveAt(base + "/person?q=scobey");
    driver.findElement(By.linkText("Margaret Scobey")).click();
    arriveAt(base + "/person/margaret-scobey");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Margaret Scobey");
    assertThat(driver.findElement(By.id("signed-h")).getText()).startsWith("Signed (");
    assertThat(driver.findElement(By.cssSelector("section.posts td a")).getText()).isEqualTo("Embassy Cairo");
    assertThat(driver.findElement(By.cssSelector("section.spellings")).getText()).contains("“SCOBEY”").contains("same-cable rule");
    screenshot("person-page.png", 1280, 2000);

    WebElement bar = driver.findElement(By.cssSelector("figure.histogram a rect.bar"));
    String year = driver.findElement(By.cssSelector("figure.histogram a title")).getAttribute("textContent").substring(0, 4);
    bar.click();
    arriveAt(base + "/person/margaret-scobey?year=" + year);
    assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).startsWith("Cables of " + year + " only.");
    List<WebElement> ids = driver.findElements(By.cssSelector("section.role ul.rows a.id"));
    assertThat(ids).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).startsWith(year.substring(2)));
    String first = ids.get(0).getText();
    ids.get(0).click();
    arriveAt(base + "/cable/" + first);
    assertThat(driver.findElement(By.cssSelector("section.place")).getText()).contains("Margaret Scobey");
  }

  @Test
  void fromAPostToThePostItWroteToAndTheSecretaryWhoSignedThere() throws IOException {
    open("/post/MEXICO");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Embassy Mexico");
    assertThat(driver.findElement(By.cssSelector("td[data-label='Routing indicator']")).getText()).isEqualTo("RUEHME (AMEMBASSY MEXICO CITY)");
    assertThat(driver.findElement(By.cssSelector("section.chiefs")).getText()).contains("Carlos Pascual");
    screenshot("post-page.png", 1280, 2000);
    driver.findElement(By.cssSelector("figure.correspondents a[href='/post/STATE'] text")).click();
    arriveAt(base + "/post/STATE");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Secretary of State");
    driver.findElement(By.cssSelector("section.chiefs a[href='/person/hillary-clinton']")).click();
    arriveAt(base + "/person/hillary-clinton");
    assertThat(driver.findElement(By.id("tagged-h")).getText()).startsWith("Tagged (");
  }

  @Test
  void followACablesThreadAndOpenACableFromTheDrawing() throws IOException {
    open("/cable/09TRIPOLI212");
    driver.findElement(By.linkText("See the thread of references around this cable")).click();
    arriveAt(base + "/cable/09TRIPOLI212/thread");
    List<WebElement> nodes = driver.findElements(By.cssSelector("figure.thread svg a.node"));
    assertThat(nodes).hasSizeGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("figure.thread svg a.node.focus"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("figure.thread svg path.reference"))).hasSizeGreaterThanOrEqualTo(nodes.size() - 1);
    screenshot("thread-page.png", 1280, 1400);
    WebElement citing = driver.findElement(By.xpath("//section[@class='thread-step'][h2='Citing this cable']//a"));
    String id = citing.getText();
    driver.findElement(By.cssSelector("figure.thread svg a.node[href='/cable/" + id + "'] rect")).click();
    arriveAt(base + "/cable/" + id);
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Viewing cable " + id);
  }

  private static void open(String path) {
    driver.get(base + path);
  }

  private static void arriveAt(String url) {
    new WebDriverWait(driver, NAVIGATION).until(ExpectedConditions.urlToBe(url));
    new WebDriverWait(driver, NAVIGATION)
        .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertThat(driver.getCurrentUrl()).isEqualTo(url);
  }

  private static void screenshot(String name, int width, int height) throws IOException {
    String folder = System.getProperty("screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(width, height));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.createDirectories(Path.of(folder));
    Files.copy(shot.toPath(), Path.of(folder, name), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(before);
  }
}
