package no.samarbeid.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded headers count only from configured proxies; the client is the last address no trusted proxy has. */
class TrustedProxiesTests {

    private final TrustedProxies filter = new TrustedProxies("10.0.0.0/8, ::1");

    @Test
    void behindATrustedProxyTheRequestIsAsTheClientSentIt() throws Exception {
        HttpServletRequest seen = pass(filter, proxied("10.0.0.5", "203.0.113.7"));

        assertThat(seen.getRequestURL()).hasToString("https://samarbeid.example.no/bli-med");
        assertThat(seen.isSecure()).isTrue();
        assertThat(TrustedProxies.client(seen)).isEqualTo("203.0.113.7");
    }

    @Test
    void aClientCannotHideBehindAddressesItPutsFirst() throws Exception {
        HttpServletRequest seen = pass(filter, proxied("10.0.0.5", "198.51.100.1, 203.0.113.7, 10.0.0.9"));

        assertThat(TrustedProxies.client(seen)).isEqualTo("203.0.113.7");
    }

    @Test
    void fromAnyoneElseForwardedHeadersAreRemoved() throws Exception {
        HttpServletRequest seen = pass(filter, proxied("192.0.2.9", "203.0.113.7"));

        assertThat(seen.getRequestURL()).hasToString("http://10.1.1.1:8080/bli-med");
        assertThat(seen.isSecure()).isFalse();
        assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
        assertThat(seen.getHeader("Forwarded")).isNull();
        assertThat(TrustedProxies.client(seen)).isEqualTo("192.0.2.9");
    }

    @Test
    void withoutConfiguredProxiesNoForwardedHeaderCounts() throws Exception {
        HttpServletRequest seen = pass(new TrustedProxies(""), proxied("10.0.0.5", "203.0.113.7"));

        assertThat(seen.getRequestURL()).hasToString("http://10.1.1.1:8080/bli-med");
        assertThat(TrustedProxies.client(seen)).isEqualTo("10.0.0.5");
    }

    @Test
    void theStandardForwardedHeaderCountsFromATrustedProxy() throws Exception {
        MockHttpServletRequest request = proxied("::1", "203.0.113.7");
        request.removeHeader("X-Forwarded-Proto");
        request.removeHeader("X-Forwarded-Host");
        request.addHeader("Forwarded", "proto=https;host=kommune.example.no");

        assertThat(pass(filter, request).getRequestURL()).hasToString("https://kommune.example.no/bli-med");
    }

    private static MockHttpServletRequest proxied(String from, String forwardedFor) {
        var request = new MockHttpServletRequest("GET", "/bli-med");
        request.setServerName("10.1.1.1");
        request.setServerPort(8080);
        request.setRemoteAddr(from);
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "samarbeid.example.no");
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }

    private static HttpServletRequest pass(TrustedProxies filter, MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
