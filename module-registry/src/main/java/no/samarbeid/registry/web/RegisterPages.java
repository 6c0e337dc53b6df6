package no.samarbeid.registry.web;

import java.util.List;
import java.util.Locale;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.Entry;
import no.samarbeid.registry.entries.EntryService;
import no.samarbeid.registry.entries.EntryStatus;
import no.samarbeid.registry.entries.EntryView;
import no.samarbeid.registry.mentions.MentionCounts;
import no.samarbeid.registry.search.EntrySearch;
import no.samarbeid.registry.search.SearchCriteria;
import no.samarbeid.registry.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public register: search with facets and "who delivers in my municipality", and each entry's profile page
 * (a merged entry redirects to the survivor; counts of mentions only for coordinators, or from three municipalities).
 */
@PageController
class RegisterPages {

    private static final int PAGE_SIZE = 20;

    private final EntrySearch search;
    private final EntryService entries;
    private final MentionCounts counts;
    private final MessageSource messages;

    RegisterPages(EntrySearch search, EntryService entries, MentionCounts counts, MessageSource messages) {
        this.search = search;
        this.entries = entries;
        this.counts = counts;
        this.messages = messages;
    }

    @GetMapping("/registeret")
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "tema", required = false) @Nullable List<String> themes,
            @RequestParam(name = "form", required = false) @Nullable List<String> forms,
            @RequestParam(name = "fylke", required = false) @Nullable String county,
            @RequestParam(name = "rekkevidde", required = false) @Nullable String reach,
            @RequestParam(name = "leverer-i", required = false) @Nullable String deliversIn,
            @RequestParam(name = "side", defaultValue = "1") int page,
            Locale locale,
            Model model) {
        List<String> chosenThemes = themes == null ? List.of() : themes;
        List<String> chosenForms = forms == null ? List.of() : forms;
        String countyChoice = blankToNull(county);
        String reachChoice = blankToNull(reach);
        String delivers = blankToNull(deliversIn);
        SearchResult result = search.search(
                new SearchCriteria(
                        q,
                        chosenThemes,
                        chosenForms,
                        countyChoice,
                        null,
                        reachChoice,
                        delivers,
                        false,
                        Math.max(0, page - 1),
                        PAGE_SIZE),
                Actor.current());
        Facets facets = new Facets(messages, locale);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", result);
        model.addAttribute("page", page);
        model.addAttribute("deliversIn", delivers == null ? "" : delivers);
        model.addAttribute("municipalities", Facets.municipalities());
        model.addAttribute("themeOptions", facets.options(result, "themes", chosenThemes));
        model.addAttribute("formOptions", facets.options(result, "organisationForm", chosenForms));
        model.addAttribute(
                "countyOptions",
                facets.options(result, "countyNumber", countyChoice == null ? List.of() : List.of(countyChoice)));
        model.addAttribute(
                "reachOptions",
                facets.options(result, "reach", reachChoice == null ? List.of() : List.of(reachChoice)));
        model.addAttribute("hits", result.hits().stream().map(facets::hit).toList());
        return "registry/search";
    }

    @GetMapping("/registeret/{organisationNumber}")
    String entry(@PathVariable String organisationNumber, Locale locale, Model model) {
        Actor actor = Actor.current();
        Entry entry =
                entries.find(organisationNumber, actor).orElseThrow(() -> new NotFoundException("registry.not-found"));
        if (entry.status() == EntryStatus.MERGED && entry.mergedInto() != null) {
            return "redirect:/registeret/" + entry.mergedInto();
        }
        MentionCounts.Counts mentions = counts.of(entry.number().value());
        boolean shown = actor.coordinator() || mentions.municipalities() >= MentionCounts.PUBLIC_MINIMUM;
        Facets facets = new Facets(messages, locale);
        model.addAttribute("entry", EntryView.of(entry));
        model.addAttribute(
                "formLabel",
                facets.label("organisationForm", entry.data().organisationForm().name()));
        model.addAttribute(
                "themeLabels",
                entry.profile().themes().stream()
                        .map(theme -> facets.label("themes", theme))
                        .toList());
        model.addAttribute("mentions", shown ? mentions : null);
        var reach = entry.profile().reach();
        List<String> places = new java.util.ArrayList<>();
        reach.counties().forEach(number -> places.add(Facets.county(number)));
        reach.municipalities().forEach(number -> places.add(Facets.municipality(number)));
        model.addAttribute("reachText", String.join(", ", places));
        model.addAttribute(
                "countyText",
                String.join(
                        ", ", mentions.counties().stream().map(Facets::county).toList()));
        model.addAttribute("coordinator", actor.coordinator());
        model.addAttribute("history", actor.coordinator() ? entries.history(organisationNumber, actor) : List.of());
        return "registry/entry";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
