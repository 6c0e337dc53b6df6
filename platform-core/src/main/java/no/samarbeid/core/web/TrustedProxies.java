package no.samarbeid.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place that decides who the client is and how it reached us. {@code Forwarded} and {@code X-Forwarded-*}
 * headers count only when the request comes from a configured proxy ({@code samarbeid.web.trusted-proxies}: addresses
 * or CIDR ranges, none by default); from anyone else they are removed, so nobody can pose as another client or
 * another host. Behind trusted proxies, scheme, host and port come from the headers (the join link, redirects,
 * secure cookies) and the client's address is the last address in {@code X-Forwarded-For} that is not a trusted
 * proxy (a client cannot hide behind addresses it puts first). Rate limits key on {@link #client}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TrustedProxies extends OncePerRequestFilter {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private final List<IpAddressMatcher> proxies;
    private final ForwardedHeaderFilter adapt = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    public TrustedProxies(@Value("${samarbeid.web.trusted-proxies:}") String trusted) {
        this.proxies = Arrays.stream(trusted.split(","))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
        remove.setRemoveOnly(true);
    }

    /** The real client's address of a request that passed this filter. */
    public static String client(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!trusts(request.getRemoteAddr())) {
            remove.doFilter(request, response, chain);
            return;
        }
        String client = realClient(request);
        adapt.doFilter(
                new HttpServletRequestWrapper(request),
                response,
                (adapted, adaptedResponse) -> chain.doFilter(
                        new HttpServletRequestWrapper((HttpServletRequest) adapted) {
                            @Override
                            public String getRemoteAddr() {
                                return client;
                            }

                            @Override
                            public String getRemoteHost() {
                                return client;
                            }
                        },
                        adaptedResponse));
    }

    private String realClient(HttpServletRequest request) {
        List<String> chain = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            Arrays.stream(header.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(chain::add);
        }
        chain.add(request.getRemoteAddr());
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trusts(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.get(0);
    }

    /** Whether a connection from this address (an IP literal; names are never resolved) is a trusted proxy's. */
    public boolean trusts(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return false; // never resolve names
        }
        try {
            return proxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
