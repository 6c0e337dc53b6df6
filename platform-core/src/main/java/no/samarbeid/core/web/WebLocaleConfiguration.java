package no.samarbeid.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: bokmål by default; {@code ?lang=nb|nn|en} switches it and a cookie remembers the choice.
 * Without a choice, the API follows {@code Accept-Language} (problem details), while pages stay in bokmål.
 */
@Configuration(proxyBeanMethods = false)
public class WebLocaleConfiguration implements WebMvcConfigurer {

    /** The cookie that remembers the chosen language. */
    public static final String COOKIE = "samarbeid_lang";

    /** The languages the platform speaks, bokmål first. */
    public static final List<Locale> SUPPORTED =
            List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : supported(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(WebLocaleConfiguration::defaultLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accepted = request.getHeader("Accept-Language");
        if (path.startsWith("/api/") && accepted != null) {
            try {
                Locale wanted = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
                if (wanted != null) {
                    return wanted;
                }
            } catch (IllegalArgumentException e) {
                return SUPPORTED.get(0);
            }
        }
        return SUPPORTED.get(0);
    }

    /** One of the supported languages ("no" and unknown ones become bokmål). */
    static Locale supported(Locale locale) {
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(SUPPORTED.get(0));
    }
}
