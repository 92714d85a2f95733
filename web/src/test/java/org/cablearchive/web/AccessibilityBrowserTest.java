package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the npm package {@code axe-core}, installed by {@code .ci/run}) over one page of every
 * template in real Chromium: WCAG 2.1 A and AA and axe's best practices, landmarks named and unique
 * among them. The script is handed to the page through the driver, which the pages' policy of no script
 * at all does not cover.
 */
class AccessibilityBrowserTest {
  private static final List<String> PAGES = List.of("/", "/about", "/search?q=merida", "/search?q=%22unclosed",
      "/search/origin", "/origin", "/tag/PREL", "/tag/PREL?page=2", "/created/2009/10", "/cable/09MEXICO3093",
      "/cable/08LONDON1452?version=1", "/cable/08MEXICO3595", "/no/such/page", "/person", "/post", "/post/MEXICO");
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
        .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
            + v.nodes.map(n => n.target.join(' ')).join(', '))))
        .catch(e => done(['axe failed: ' + e]));
      """;

  private static HeadlessChromium browser;
  private static ChromeDriver driver;
  private static String axe;

  @BeforeAll
  static void openBrowser() throws IOException {
    axe = Files.readString(Validators.axe(), StandardCharsets.UTF_8);
    browser = HeadlessChromium.start("the accessibility check");
    driver = browser.driver();
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(1));
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyKindOfPagePassesAxe() {
    String base = "http://127.0.0.1:" + DemoReadingRoom.get().port();
    List<String> violations = new ArrayList<>();
    for (String path : PAGES) {
      driver.get(base + path);
      driver.executeScript(axe);
      for (Object violation : (List<?>) driver.executeAsyncScript(RUN)) {
        violations.add(path + ": " + violation);
      }
    }
    assertThat(violations).as("axe-core's violations").isEmpty();
  }
}
