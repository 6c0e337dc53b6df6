package no.samarbeid.architecture;

import com.tngtech.archunit.core.domain.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModule;

/**
 * The SQL a module ships: the {@code *.sql} resources of its jar (or classes folder), the SQL-looking string
 * constants and annotation values of its classes (e.g. {@code @Query}), and {@code schema} annotation attributes
 * (e.g. {@code @Table(schema = ...)}).
 */
final class ModuleSql {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();
    private static final Pattern LOOKS_LIKE_SQL = Pattern.compile(
            "\\b(select|insert|update|delete|from|join|into|references|table|schema|truncate)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /** One piece of SQL and where it comes from. */
    record Text(String origin, String sql) {}

    private ModuleSql() {}

    /** The classpath roots (jar or classes folder, as URL) the module's classes are loaded from. */
    static Set<String> roots(ApplicationModule module) {
        Set<String> roots = new TreeSet<>();
        module.getBasePackage().stream()
                .forEach(type -> type.getSource().ifPresent(source -> {
                    String url = normalized(source.getUri().toString());
                    String classFile = type.getName().replace('.', '/') + ".class";
                    if (url.endsWith(classFile)) {
                        roots.add(url.substring(0, url.length() - classFile.length()));
                    }
                }));
        return roots;
    }

    /** Every {@code *.sql} resource below the roots, without comments. */
    static List<Text> resources(Set<String> roots) {
        List<Text> texts = new ArrayList<>();
        for (String root : roots) {
            for (Resource resource : resources(root + "**/*.sql")) {
                texts.add(new Text(url(resource), withoutComments(read(resource))));
            }
        }
        return texts;
    }

    /** The SQL-looking strings in the module's classes, and its {@code schema} annotation attributes. */
    static List<Text> inClasses(ApplicationModule module) {
        List<Text> texts = new ArrayList<>();
        module.getBasePackage().stream()
                .forEach(type -> type.getSource().ifPresent(source -> {
                    var strings = ClassStrings.of(bytes(source));
                    strings.constants().stream()
                            .map(ModuleSql::withoutComments)
                            .filter(s -> LOOKS_LIKE_SQL.matcher(s).find())
                            .forEach(s -> texts.add(new Text(type.getName(), s)));
                    strings.schemaAttributes()
                            .forEach(schema ->
                                    texts.add(new Text(type.getName() + " (schema attribute)", schema + ".")));
                }));
        return texts;
    }

    static Resource[] resources(String pattern) {
        try {
            return RESOLVER.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(Resource resource) {
        try {
            return normalized(resource.getURL().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalized(String url) {
        return url.replace("file:///", "file:/");
    }

    private static String withoutComments(String sql) {
        return COMMENTS.matcher(sql).replaceAll(" ");
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Source source) {
        try (InputStream in = source.getUri().toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
