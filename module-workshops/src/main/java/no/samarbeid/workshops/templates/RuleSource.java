package no.samarbeid.workshops.templates;

/** Where a procurement rule comes from: the act or regulation, and a citation such as its section. */
public record RuleSource(String name, String citation) {

    public RuleSource {
        Copies.required(name, "A source's name");
        Copies.required(citation, "A source's citation");
    }
}
