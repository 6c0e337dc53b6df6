package no.samarbeid.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies sent to the endpoints anyone may call without logging in (joining a workshop: {@code /api/guest/**} and
 * the join page's form) are small: longer than {@code samarbeid.web.public-body-limit} (16 KB unless set) they are
 * refused with 413 before anything reads them, and a body of unknown length (chunked) with 411, so nobody can make
 * the app buffer megabytes without an account. Authenticated endpoints keep the general limits (multipart 7 MB).
 */
@Component
class PublicBodyLimit extends OncePerRequestFilter implements Ordered {

    private static final List<String> PUBLIC_WRITES = List.of("/api/guest/", "/bli-med");

    private final long limit;
    private final ProblemWriter problems;

    PublicBodyLimit(@Value("${samarbeid.web.public-body-limit:16KB}") DataSize limit, ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5; // right after TrustedProxies, before anything reads the body
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PUBLIC_WRITES.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", limit / 1024);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            problems.write(request, response, HttpStatus.LENGTH_REQUIRED, "length-required");
            return;
        }
        chain.doFilter(request, response);
    }
}
