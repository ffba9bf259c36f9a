package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneLayoutBrowserTest extends BrowserTest {
    /** A common phone viewport in CSS pixels. */
    private static final int PHONE_WIDTH = 390;

    @BeforeEach
    void emulatePhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void backToLaptop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plan", "/plan?avgIngressMBps=50&peakIngressMBps=120", "/estimate",
            "/estimate?c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3&c0.storageGiBPerBroker=100", "/rightsize", "/api"})
    void the_page_fits_a_phone_without_sideways_scrolling(String path) {
        open(path);

        assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(PHONE_WIDTH);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as(path).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(((Number) js("return document.querySelector('main').getBoundingClientRect().width")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
