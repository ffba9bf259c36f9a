package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChromiumTest {
    @Test
    void an_installed_browser_always_runs() {
        assertThat(Chromium.decide(true, null)).isEqualTo(Chromium.Decision.RUN);
        assertThat(Chromium.decide(true, "true")).isEqualTo(Chromium.Decision.RUN);
    }

    @Test
    void a_missing_browser_skips_locally_but_fails_in_ci() {
        assertThat(Chromium.decide(false, null)).isEqualTo(Chromium.Decision.SKIP);
        assertThat(Chromium.decide(false, "false")).isEqualTo(Chromium.Decision.SKIP);
        assertThat(Chromium.decide(false, "true")).isEqualTo(Chromium.Decision.FAIL);
    }
}
