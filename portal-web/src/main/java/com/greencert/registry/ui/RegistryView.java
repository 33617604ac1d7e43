package com.greencert.registry.ui;

import com.greencert.registry.domain.CertificationStatus;
import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.registry.service.RegistryService;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.ServiceUnavailableException;
import com.greencert.shared.ui.PublicLayout;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public supplier registry: anyone searches by name (English, Chinese, pinyin), USCC, certificate number or
 * HS code, narrows by every facet the API offers (country, province, HS chapter, UN class, GHS class, scheme,
 * body, certification status; with counts), and opens a supplier's public
 * page. Calls {@link RegistryService} only.
 */
@Route(value = "registry", layout = PublicLayout.class)
@AnonymousAllowed
public class RegistryView extends VerticalLayout implements HasDynamicTitle {

    private static final String ANY = "";
    private final RegistryService registry;
    private final TextField text = new TextField();
    /** One choice per facet of the registry, as the API offers them. */
    private final Map<RegistryFacet, Select<String>> selects = new EnumMap<>(RegistryFacet.class);
    private final Paragraph summary = new Paragraph();
    private final VerticalLayout results = new VerticalLayout();
    private final Button more = new Button();
    private Optional<String> cursor = Optional.empty();
    private boolean updatingFilters;

    @Inject
    public RegistryView(RegistryService registry) {
        this.registry = registry;
        addClassName("gc-registry");
        text.setId("registry-search");
        text.setPlaceholder(getTranslation("registry.search.placeholder"));
        text.setMaxLength(RegistryQuery.MAX_TEXT);
        text.setWidth("32em");
        text.setClearButtonVisible(true);
        text.addKeyPressListener(Key.ENTER, e -> search());
        Button go = new Button(getTranslation("registry.search"), e -> search());
        go.setId("registry-go");
        for (RegistryFacet facet : RegistryFacet.values()) {
            Select<String> filter = new Select<>();
            filter.setId("registry-" + facet.parameter());
            filter.setLabel(getTranslation("registry.filter." + facet.parameter()));
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(getTranslation("registry.any"));
            filter.addValueChangeListener(e -> {
                if (!updatingFilters) {
                    search();
                }
            });
            selects.put(facet, filter);
        }
        more.setText(getTranslation("registry.more"));
        more.setId("registry-more");
        more.addClickListener(e -> page(false));
        HorizontalLayout bar = new HorizontalLayout(text, go);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        results.setPadding(false);
        results.setId("registry-results");
        FlexLayout filters = new FlexLayout(selects.values().toArray(Select[]::new));
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        add(new H1(getTranslation("registry.title")), new Paragraph(getTranslation("registry.intro")), bar,
                filters, summary, results, more);
        search();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registry.title") + " · GreenCert";
    }

    private void search() {
        cursor = Optional.empty();
        page(true);
    }

    private void page(boolean fresh) {
        RegistryHits hits;
        try {
            hits = registry.search(new RegistryQuery(text.getValue(), filters(), cursor, RegistryQuery.DEFAULT_LIMIT),
                    isChinese() ? "zh" : "en");
        } catch (InvalidInputException e) {
            summary.setText(getTranslation("registry.invalid"));
            return;
        } catch (ServiceUnavailableException e) {
            summary.setText(getTranslation("registry.unavailable"));
            return;
        }
        if (fresh) {
            results.removeAll();
            facets(hits);
        }
        hits.hits().forEach(h -> results.add(card(h)));
        summary.setText(hits.total() == 0 ? getTranslation("registry.none") : getTranslation("registry.count", hits.total()));
        cursor = hits.nextCursor();
        more.setVisible(cursor.isPresent());
    }

    private Map<RegistryFacet, String> filters() {
        Map<RegistryFacet, String> filters = new EnumMap<>(RegistryFacet.class);
        selects.forEach((facet, select) -> put(filters, facet, select.getValue()));
        return filters;
    }

    private static void put(Map<RegistryFacet, String> filters, RegistryFacet facet, String value) {
        if (value != null && !value.isEmpty()) {
            filters.put(facet, value);
        }
    }

    /** The filters' choices with their counts; a chosen value stays even when the count is zero. */
    private void facets(RegistryHits hits) {
        updatingFilters = true;
        try {
            String language = isChinese() ? "zh" : "en";
            selects.forEach((facet, select) -> {
                List<RegistryHits.FacetCount> counts = hits.facets().getOrDefault(facet, List.of());
                Map<String, String> names = registry.names(facet, counts.stream().map(RegistryHits.FacetCount::value)
                        .toList(), language);
                options(select, counts, v -> names.getOrDefault(v, label(facet, v)));
            });
        } finally {
            updatingFilters = false;
        }
    }

    private void options(Select<String> select, List<RegistryHits.FacetCount> counts,
            java.util.function.Function<String, String> name) {
        String chosen = select.getValue();
        List<String> values = new ArrayList<>(counts.stream().map(RegistryHits.FacetCount::value).toList());
        if (chosen != null && !chosen.isEmpty() && !values.contains(chosen)) {
            values.add(chosen);
        }
        Map<String, Long> count = new java.util.HashMap<>();
        counts.forEach(c -> count.put(c.value(), c.count()));
        select.setItemLabelGenerator(v -> v == null || v.isEmpty() ? getTranslation("registry.any")
                : name.apply(v) + " (" + count.getOrDefault(v, 0L) + ")");
        select.setItems(values);
        select.setValue(chosen == null || chosen.isEmpty() ? null : chosen);
    }

    private Div card(RegistryHits.Hit hit) {
        boolean zh = isChinese();
        String name = zh && hit.nameZh() != null ? hit.nameZh() : hit.nameEn();
        Anchor link = new Anchor("suppliers/" + hit.id(), name);
        link.addClassName("gc-registry-name");
        Div card = new Div(link);
        card.addClassName("gc-registry-hit");
        String other = zh ? hit.nameEn() : hit.nameZh();
        if (other != null) {
            card.add(new Span(" · " + other));
        }
        List<String> facts = new ArrayList<>();
        facts.add(countryName(hit.country()));
        if (hit.uscc() != null) {
            facts.add(getTranslation("registry.uscc", hit.uscc()));
        }
        card.add(new Paragraph(String.join(" · ", facts)));
        for (CertificationEntry c : hit.certifications()) {
            String line = getTranslation("registry.certification", nonNull(c.schemeName(), c.schemeCode()),
                    nonNull(c.bodyName(), ""), statusName(c.status().code()));
            Paragraph p = new Paragraph(c.certificateNumber() == null ? line : line + " · " + c.certificateNumber());
            p.addClassName("gc-registry-cert-" + c.status().code());
            card.add(p);
        }
        String snippet = hit.highlights().getOrDefault("products", hit.highlights().get("facilities"));
        if (snippet != null) {
            // the engine escapes the text and adds only <mark> around what matched
            card.add(new Html("<p class=\"gc-registry-snippet\">" + snippet + "</p>"));
        }
        return card;
    }

    /** A facet value this page names itself (a country, an HS chapter, a UN class, a status). */
    private String label(RegistryFacet facet, String value) {
        return switch (facet) {
            case COUNTRY -> countryName(value);
            case HS_CHAPTER -> getTranslation("registry.hs.chapter", value);
            case UN_CLASS -> getTranslation("registry.un.class", value);
            case STATUS -> statusName(value);
            case SCHEME -> value; // the scheme's code, as its certificates print it
            default -> getTranslation("registry.value.unnamed");
        };
    }

    private String statusName(String code) {
        for (CertificationStatus s : CertificationStatus.values()) {
            if (s.code().equals(code)) {
                return getTranslation("registry.status." + s.code());
            }
        }
        return code;
    }

    private String countryName(String code) {
        String shown = Locale.of("", code).getDisplayCountry(getLocale());
        return shown.isBlank() ? code : shown;
    }

    private boolean isChinese() {
        Locale l = getLocale();
        return l != null && "zh".equals(l.getLanguage());
    }

    private static String nonNull(String a, String b) {
        return a != null ? a : b;
    }
}
