package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class PlanBrowserTest extends BrowserTest {
    /** Where the README's screenshot lives; written only with -Dscreenshots.update=true, so a test run leaves the tree clean. */
    private static final Path README_SCREENSHOT = Path.of("docs", "screenshot-plan.png");

    private static void submitDefaultWorkload() {
        open("/plan");
        find("form.plan-form button[type=submit]").click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("results")));
    }

    @Test
    void submitting_the_default_workload_shows_the_recommendation() {
        submitDefaultWorkload();

        assertThat(text("#pick-overall h3")).startsWith("Cheapest MSK cluster: ").contains(" \u00D7 ");
        assertThat(text("#pick-overall .price")).matches("\\$[0-9,]+\\.[0-9]{2} per month");
        assertThat(findAll("#pick-overall meter")).isNotEmpty();
        assertThat(text("#partitions-recommended")).matches("[0-9]+");
        assertThat(driver.getCurrentUrl()).contains("/plan?").contains("peakIngressMBps=");
    }

    @Test
    void the_charts_have_drawn() {
        submitDefaultWorkload();

        for (String id : new String[] {"cost-chart", "break-even-chart"}) {
            WebElement canvas = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + "[data-drawn]")));

            assertThat(paintedAlpha(canvas)).as(id).isPositive();
        }
    }

    @Test
    void a_blank_canvas_of_the_same_size_measures_as_unpainted() {
        submitDefaultWorkload();

        WebElement blank = (WebElement) js("var drawn = document.getElementById('cost-chart');"
                + " var c = document.createElement('canvas'); c.width = drawn.width; c.height = drawn.height;"
                + " document.body.appendChild(c); return c;");

        assertThat(paintedAlpha(blank)).isZero();
    }

    /** Sum of the alpha channel over the canvas: 0 for a blank canvas, whatever its size. */
    static long paintedAlpha(WebElement canvas) {
        Object sum = js("var c = arguments[0]; var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " var s = 0; for (var i = 3; i < d.length; i += 4) { s += d[i]; } return s;", canvas);
        return ((Number) sum).longValue();
    }

    @Test
    void a_bad_value_shows_its_error_beside_the_field_and_keeps_every_typed_value() {
        open("/plan");
        replace("avgIngressMBps", "75");
        replace("retentionHours", "72");
        replace("peakIngressMBps", "lots");

        find("form.plan-form button[type=submit]").click();

        WebElement error = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("peakIngressMBps-error")));
        assertThat(error.getText()).contains("\u201Clots\u201D is not allowed");
        assertThat(find("#peakIngressMBps").getAttribute("aria-describedby")).contains("peakIngressMBps-error");
        assertThat(find("#peakIngressMBps").getAttribute("value")).isEqualTo("lots");
        assertThat(find("#avgIngressMBps").getAttribute("value")).isEqualTo("75");
        assertThat(find("#retentionHours").getAttribute("value")).isEqualTo("72");
        assertThat(findAll("#results")).isEmpty();
    }

    @Test
    void the_printed_results_list_every_input_where_the_form_is_left_out() {
        submitDefaultWorkload();
        try {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(find("#print-inputs").isDisplayed()).isTrue();
            assertThat(find("form.plan-form").isDisplayed()).isFalse();
            assertThat(find("#print-inputs").getText()).contains("Average ingress", "Retention", "Region");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(find("#print-inputs").isDisplayed()).isFalse();
    }

    @Test
    void after_a_rejected_submit_the_focus_is_on_the_error_summary_which_lists_every_bad_field() {
        open("/plan");
        replace("retentionHours", "-5");
        replace("peakIngressMBps", "lots");

        find("form.plan-form button[type=submit]").click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(js("return document.activeElement.id;")).isEqualTo("error-summary");
        assertThat(find("#error-summary").getText()).contains("Retention", "Peak ingress");
    }

    @Test
    void the_share_link_reproduces_the_same_result() {
        open("/plan");
        replace("avgIngressMBps", "80");
        replace("peakIngressMBps", "200");
        find("form.plan-form button[type=submit]").click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        String results = text("#results");
        String shareLink = find("#share-link").getAttribute("href");

        driver.manage().deleteAllCookies();
        driver.get(shareLink);

        assertThat(text("#results")).isEqualTo(results);
        assertThat(find("#avgIngressMBps").getAttribute("value")).isEqualTo("80");
    }

    @Test
    void a_screenshot_of_the_results_page_is_taken() throws IOException {
        // the window's size includes no browser chrome in headless mode, but pin the viewport to be sure
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        byte[] png;
        try {
            submitDefaultWorkload();
            waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cost-chart[data-drawn]")));
            png = driver.getScreenshotAs(OutputType.BYTES);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        Path target = Path.of("target", "screenshots", "plan.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if (Boolean.getBoolean("screenshots.update")) {
            Files.createDirectories(README_SCREENSHOT.getParent());
            Files.write(README_SCREENSHOT, png);
        }
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    private static void replace(String input, String value) {
        WebElement field = find("#" + input);
        field.clear();
        field.sendKeys(value);
    }
}
