package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

class EstimateBrowserTest extends BrowserTest {
    @Test
    void the_estimate_page_prices_the_default_clusters() {
        open("/estimate");

        find("form.estimate-form button[type=submit]").click();

        waitFor(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("monthly-total")));
        // orders $746.76 + analytics $963.52 (EstimatePageTest has the arithmetic)
        assertThat(text("#monthly-total")).isEqualTo("$1,710.28");
        assertThat(text("#annual-total")).isEqualTo("$20,523.36");
        assertThat(driver.getCurrentUrl()).contains("/estimate?").contains("c0.instanceType=kafka.m7g.large");
    }

    @Test
    void the_script_shows_only_the_inputs_a_cluster_type_uses() {
        open("/estimate");

        assertThat(find("#c0\\.storageGiBPerBroker").isDisplayed()).isTrue();
        assertThat(find("#c0\\.mcus").isDisplayed()).isFalse();

        new org.openqa.selenium.support.ui.Select(find("#c0\\.type")).selectByValue("connect");

        assertThat(find("#c0\\.mcus").isDisplayed()).isTrue();
        assertThat(find("#c0\\.storageGiBPerBroker").isDisplayed()).isFalse();
    }
}
