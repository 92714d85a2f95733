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
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reader journeys in a real headless Chromium: open a cable, follow a tag, search, drill down a
 * facet, click a histogram bar, follow a paragraph permalink, and open the hostile cable without
 * anything running. Skipped when no browser is installed, except under CI=true where that fails.
 *
 * <p>With {@code -Dscreenshots=<folder>} the cable and search pages are saved there as PNG.
 */
class ReadingRoomBrowserTest {

  private static final Duration NAVIGATION = Duration.ofSeconds(15);

  private static HeadlessChromium browser;
  private static ChromeDriver driver;
  private static String base;

  @BeforeAll
  static void openBrowser() throws IOException {
    browser = HeadlessChromium.start("browser journeys");
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
    assertNoAlert();
    assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(severe).as("browser console warnings and errors").isEmpty();
  }

  @Test
  void openACableAndFollowATagLink() throws IOException {
    open("/cable/09MEXICO3093");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Viewing cable 09MEXICO3093, SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS");
    screenshot("cable-page.png", 1280, 2200);
    driver.findElement(By.cssSelector("section.tags a[href='/tag/PREL']")).click();
    arriveAt(base + "/tag/PREL");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("PREL");
    assertThat(driver.findElement(By.cssSelector("p.lead")).getText()).isEqualTo("Subject tag: External political relations");
  }

  @Test
  void followAParagraphPermalink() {
    open("/cable/09MEXICO3093");
    driver.findElement(By.cssSelector("a.pilcrow[href='#par3']")).click();
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/cable/09MEXICO3093#par3");
    assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelector(':target').id")).isEqualTo("par3");
    assertThat(driver.findElement(By.id("par3")).getText()).contains("We need to be clear with both officials");
  }

  @Test
  void searchThenDrillDownAFacetThenClickAHistogramBar() throws IOException {
    open("/");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("merida");
    box.submit();
    arriveAt(base + "/search?q=merida");
    assertThat(driver.findElements(By.cssSelector("ol.hits li.hit"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("p.snippet mark")).getText()).isEqualToIgnoringCase("merida");
    screenshot("search-page.png", 1280, 1600);

    WebElement origin = driver.findElement(By.xpath("//section[@class='facet'][h2='Origin']//li[1]/a"));
    String chosen = origin.getText();
    origin.click();
    new WebDriverWait(driver, NAVIGATION).until(ExpectedConditions.urlContains("origin="));
    waitUntilLoaded();
    assertThat(driver.findElement(By.cssSelector("ul.chips")).getText()).contains("Origin: " + chosen);

    open("/search?q=embassy");
    WebElement bar = driver.findElement(By.cssSelector("figure.histogram a rect.bar"));
    String label = driver.findElement(By.cssSelector("figure.histogram a title")).getAttribute("textContent");
    String year = label.substring(0, 4);
    bar.click();
    arriveAt(base + "/search?q=embassy&year=" + year);
    assertThat(driver.findElement(By.cssSelector("ul.chips")).getText()).contains("Year created: " + year);
  }

  /** The front page's timeline opens a year; its list pages forward by number and back again. */
  @Test
  void fromTheTimelineToAYearThenPageForwardAndBack() {
    open("/");
    WebElement busiest = driver.findElements(By.cssSelector("figure.histogram a")).stream()
        .max(java.util.Comparator.comparingInt(a -> Integer.parseInt(a.findElement(By.cssSelector("text.count"))
            .getAttribute("textContent").replace(",", ""))))
        .orElseThrow();
    String year = busiest.findElement(By.cssSelector("text.key")).getAttribute("textContent");
    busiest.click();
    arriveAt(base + "/created/" + year);
    List<String> firstPage = rows();
    assertThat(firstPage).hasSize(20);
    driver.findElement(By.cssSelector("nav.pages a[rel=next]")).click();
    arriveAt(base + "/created/" + year + "?page=2");
    assertThat(driver.findElement(By.cssSelector("nav.pages [aria-current=page]")).getText()).isEqualTo("2");
    assertThat(rows()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
    driver.findElement(By.cssSelector("nav.pages a[rel=prev]")).click();
    arriveAt(base + "/created/" + year);
    assertThat(rows()).isEqualTo(firstPage);
  }

  /** Past the sidebar's twelve origins: the full list, and one of its last values narrows the search. */
  @Test
  void fromTheSidebarToEveryOriginAndBackToTheSearch() {
    open("/search");
    driver.findElement(By.linkText("Every origin value")).click();
    arriveAt(base + "/search/origin");
    List<WebElement> values = driver.findElements(By.cssSelector("ul.values a"));
    assertThat(values).hasSizeGreaterThan(12);
    WebElement last = values.get(values.size() - 1);
    String origin = last.getText();
    last.click();
    new WebDriverWait(driver, NAVIGATION).until(ExpectedConditions.urlContains("origin="));
    waitUntilLoaded();
    assertThat(driver.findElement(By.cssSelector("ul.chips")).getText()).contains("Origin: " + origin);
  }

  /** A name blacked out in the later release shows struck out inside its line, the X's beside it. */
  @Test
  void anOlderReleaseShowsTheRedactionInsideItsLine() {
    open("/cable/08LONDON1452?version=1");
    List<WebElement> changed = driver.findElements(By.cssSelector("pre.diff span.changed"));
    assertThat(changed).isNotEmpty();
    WebElement redaction = driver.findElement(By.cssSelector("pre.diff span.changed ins.redaction"));
    assertThat(redaction.getText()).matches("X{3,}\\W*");
    WebElement line = redaction.findElement(By.xpath(".."));
    assertThat(line.findElements(By.cssSelector("del"))).isNotEmpty();
    assertThat(line.getText()).startsWith("~ ");
  }

  private static List<String> rows() {
    return driver.findElements(By.cssSelector("ul.rows a.id")).stream().map(WebElement::getText).toList();
  }

  /** WCAG 1.4.10: on a 360 px wide phone, and on a 320 px one, no page scrolls sideways. */
  @Test
  void noPageScrollsSidewaysOnA360Or320PixelScreen() {
    Dimension before = driver.manage().window().getSize();
    try {
      for (int width : List.of(360, 320)) {
        driver.manage().window().setSize(new Dimension(width, 800));
        for (String path : List.of("/", "/about", "/search?q=merida", "/search?q=origin:mexico",
            "/origin", "/tag/PREL", "/tag/PREL?page=2", "/created", "/search/origin", "/cable/09MEXICO3093",
            "/cable/08LONDON1452?version=1")) {
          open(path);
          waitUntilLoaded();
          List<?> w = (List<?>) ((JavascriptExecutor) driver).executeScript(
              "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]");
          assertThat(((Number) w.get(0)).intValue()).as("viewport of " + path).isLessThanOrEqualTo(width);
          assertThat(((Number) w.get(1)).intValue()).as("page width of " + path + " at " + width + " px")
              .isLessThanOrEqualTo(((Number) w.get(0)).intValue());
        }
      }
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Test
  void theHostileCableRunsNothing() {
    open("/cable/" + CraftedCables.ID.value());
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("<script>alert(1)</script>");
    assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript:']"))).isEmpty();
    open("/search?q=alert");
    assertThat(driver.findElement(By.cssSelector("ol.hits")).getText()).contains("<script>alert(1)</script>");
    assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
  }

  private static void open(String path) {
    driver.get(base + path);
  }

  /**
   * Waits for a navigation started by a click or a form submission. Neither call waits for the new
   * page: submit() runs as script, so reading the address at once can still give the old page.
   */
  private static void arriveAt(String url) {
    new WebDriverWait(driver, NAVIGATION).until(ExpectedConditions.urlToBe(url));
    waitUntilLoaded();
    assertThat(driver.getCurrentUrl()).isEqualTo(url);
  }

  private static void waitUntilLoaded() {
    new WebDriverWait(driver, NAVIGATION)
        .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static void assertNoAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      Assertions.fail("an alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  /** Saves the current page when -Dscreenshots=<folder> is given (docs/screenshots keeps the project's). */
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
