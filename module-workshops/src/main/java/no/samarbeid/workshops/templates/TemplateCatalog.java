package no.samarbeid.workshops.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The national editions, immutable, loaded and checked at start-up from one JSON resource each in
 * {@value #LOCATION}; a new edition is a new resource, no code. A broken resource stops the start.
 */
@Component
public class TemplateCatalog {

    public static final String LOCATION = "classpath*:templates/method/editions/*.json";

    private final Map<TemplateReference.Edition, Template> editions = new LinkedHashMap<>();

    @Autowired
    TemplateCatalog(ProcurementRules rules) {
        this(load(LOCATION), rules);
    }

    TemplateCatalog(List<Template> templates, ProcurementRules rules) {
        List<String> problems = new ArrayList<>();
        templates.stream()
                .sorted(Comparator.comparing(Template::key).thenComparing(Template::version))
                .forEach(template -> {
                    problems.addAll(TemplateChecks.problems(template, rules));
                    if (problems.isEmpty() && editions.putIfAbsent(template.reference(), template) != null) {
                        problems.add(
                                "Two resources define " + template.reference().value());
                    }
                });
        if (problems.isEmpty() && editions.isEmpty()) {
            problems.add("No template edition found in " + LOCATION);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid template editions:\n  " + String.join("\n  ", problems));
        }
    }

    public static List<Template> load(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<Template> templates = new ArrayList<>();
            for (Resource resource : resources) {
                templates.add(TemplateJson.read(resource, Template.class));
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Template> find(TemplateReference.Edition reference) {
        return Optional.ofNullable(editions.get(reference));
    }

    /** Every edition, by key and version. */
    public List<Template> all() {
        return List.copyOf(editions.values());
    }
}
