package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityPolicyBrowserTest extends BrowserTest {
    @ParameterizedTest
    @ValueSource(strings = {"/estimate", "/estimate?c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3&c0.storageGiBPerBroker=100",
            "/api", "/rightsize", "/plan", "/plan?avgIngressMBps=50&peakIngressMBps=120&maxConsumerParallelism=24"})
    void pages_carry_the_csp_and_cause_no_violation_or_console_error(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        consoleErrors();

        open(path);

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").contains("style-src 'self'"));
        assertThat(consoleErrors()).as("console errors on " + path).isEmpty();
    }

    @Test
    void an_inline_script_is_blocked_and_shows_up_as_a_console_error() {
        open("/api");
        consoleErrors();

        js("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);");

        assertThat(js("return window.inlineRan === true")).isEqualTo(false);
        assertThat(consoleErrors()).anySatisfy(e -> assertThat(e).contains("Content Security Policy"));
    }
}
