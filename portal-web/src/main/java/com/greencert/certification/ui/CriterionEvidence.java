package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.Criterion;
import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ScopeChecks.ProductCheck;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.ui.EvidenceLinks;
import com.greencert.supplier.domain.SvhcScreeningResult;
import com.greencert.supplier.domain.SvhcVerdict;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * What the criterion review dialog shows beside the verdict: the attached evidence the chosen criterion relies
 * on (by its evidence types), each openable and downloadable; and every product in scope with its SVHC
 * screening against the list in force (the substances above 0.1 % named) and its "UN 38.3 summary missing" flag.
 */
class CriterionEvidence extends VerticalLayout {

    private final ApplicationDetails details;
    private final EvidenceService evidence;
    private final VerticalLayout pieces = new VerticalLayout();

    CriterionEvidence(ApplicationDetails details, EvidenceService evidence, List<ProductCheck> checks) {
        this.details = details;
        this.evidence = evidence;
        setId("criterion-evidence");
        setPadding(false);
        pieces.setPadding(false);
        pieces.setId("criterion-pieces");
        add(new H4(t("application.review.evidence.title")), pieces, new H4(t("application.review.products.title")), products(checks));
        show(null);
    }

    /** The pieces the criterion relies on (none chosen yet: what it says). */
    void show(Criterion criterion) {
        pieces.removeAll();
        if (criterion == null) {
            pieces.add(new Paragraph(t("application.review.evidence.choose")));
            return;
        }
        List<AttachedEvidence> relied = details.application().evidence().stream()
                .filter(e -> criterion.evidenceTypes().contains(e.type())).toList();
        if (relied.isEmpty()) {
            pieces.add(new Paragraph(t("application.review.evidence.none")));
        }
        for (AttachedEvidence e : relied) {
            Span label = new Span(t("evidence.type." + e.type().name()) + ": " + e.title() + " ("
                    + Texts.date(e.issuedOn()) + " – " + Texts.date(e.expiresOn()) + ")");
            var row = EvidenceLinks.of(evidence, e.evidenceId());
            row.addComponentAsFirst(label);
            pieces.add(row);
        }
    }

    private UnorderedList products(List<ProductCheck> checks) {
        UnorderedList list = new UnorderedList();
        list.setId("criterion-products");
        for (ProductCheck c : checks) {
            String un383 = !c.un383Required() ? ""
                    : " · " + t(c.un383Missing() ? "product.un383.missing" : "product.un383.present");
            ListItem item = new ListItem(c.item().label() + c.item().unNumber().map(u -> " (" + u + ")").orElse("")
                    + " · " + svhc(c) + un383);
            if (c.un383Missing()) {
                item.addClassName("gc-flag");
            }
            list.add(item);
        }
        if (checks.isEmpty()) {
            list.add(new ListItem(t("application.review.products.none")));
        }
        return list;
    }

    private static String svhc(ProductCheck c) {
        if (c.screening().isEmpty()) {
            return t("application.review.svhc.unscreened");
        }
        SvhcScreeningResult s = c.screening().get();
        String verdict = t(s.exceedsThreshold() ? "product.svhc.above"
                : s.mayExceedThreshold() ? "product.svhc.may" : "product.svhc.none");
        // the substances that make it so, named as the supplier declared them, with their CAS numbers
        String substances = s.svhcComponents().stream().filter(x -> x.verdict() != SvhcVerdict.AT_OR_BELOW_THRESHOLD)
                .map(x -> x.component().substanceName() + " (CAS " + x.component().casNumber().value() + ")")
                .collect(Collectors.joining(", "));
        return substances.isEmpty() ? verdict : verdict + ": " + substances;
    }
}
