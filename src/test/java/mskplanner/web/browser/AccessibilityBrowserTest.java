package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class AccessibilityBrowserTest extends BrowserTest {
    private static final String CHECKER = resource("/a11y/check.js");

    @ParameterizedTest
    @ValueSource(strings = {"/plan", "/plan?avgIngressMBps=50&peakIngressMBps=120", "/plan?peakIngressMBps=lots",
            "/plan?utilizationStandard=2x", "/estimate", "/estimate?c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3"
            + "&c0.storageGiBPerBroker=100", "/estimate?c0.type=standard&c0.brokers=x", "/rightsize", "/api"})
    void the_page_passes_the_accessibility_checks(String path) {
        open(path);

        assertThat(violations()).as(path).isEmpty();
    }

    @Test
    void the_checker_finds_an_input_without_a_label() {
        open("/api");
        js("var i = document.createElement('input'); i.name = 'orphan'; document.querySelector('main').appendChild(i);");

        assertThat(violations()).containsExactly("no label for input[name=orphan]");
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content() {
        open("/plan");

        find("body").sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();

        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(js("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        skip.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void the_plan_form_can_be_filled_and_sent_with_the_keyboard_alone() {
        open("/plan");
        find("#avgIngressMBps").click();
        WebElement active = driver.switchTo().activeElement();
        active.sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");

        active.sendKeys(Keys.ENTER);

        // sendKeys returns before the navigation the submit starts: wait (bounded) for the new page.
        waitFor(ExpectedConditions.urlContains("avgIngressMBps=60"));
        assertThat(driver.getCurrentUrl()).contains("avgIngressMBps=60");
        assertThat(findAll("#results")).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) js(CHECKER);
    }

    private static String resource(String path) {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
