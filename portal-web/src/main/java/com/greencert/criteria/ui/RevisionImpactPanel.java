package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.MatchResult;
import com.greencert.criteria.service.MatchingService;
import com.greencert.criteria.service.RevisionImpact;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;

/**
 * Before a revision is saved: what it would change for each invited supplier, its result now and with the criteria
 * as edited, those that change first. Nothing is saved.
 */
class RevisionImpactPanel extends VerticalLayout {

    private final MatchingService matching;
    private final VerticalLayout result = new VerticalLayout();

    RevisionImpactPanel(MatchingService matching, Supplier<CriteriaSetId> set, Supplier<List<Criterion>> draft) {
        this.matching = matching;
        setPadding(false);
        setId("criteria-impact-panel");
        Button preview = new Button(t("criteria.impact"), click -> {
            if (set.get() != null) {
                show(set.get(), draft.get());
            }
        });
        preview.setId("criteria-impact");
        result.setPadding(false);
        result.setId("criteria-impact-result");
        add(preview, result);
    }

    void clear() {
        result.removeAll();
    }

    private void show(CriteriaSetId set, List<Criterion> draft) {
        result.removeAll();
        RevisionImpact impact;
        try {
            impact = matching.revisionImpact(set, List.copyOf(draft));
        } catch (DomainException refused) {
            Notices.refused(refused);
            return;
        }
        Paragraph summary = new Paragraph(impact.suppliers().isEmpty() ? t("criteria.impact.none")
                : t("criteria.impact.summary", impact.changed(), impact.suppliers().size(), impact.proposed().number()));
        summary.setId("criteria-impact-summary");
        result.add(summary);
        if (impact.suppliers().isEmpty()) {
            return;
        }
        String language = LanguagePreference.language(getLocale());
        Grid<RevisionImpact.Change> grid = new Grid<>();
        grid.setId("criteria-impact-grid");
        grid.addColumn(c -> c.invitation().supplier().displayName(language)).setHeader(t("invitation.supplier")).setFlexGrow(2);
        grid.addComponentColumn(c -> result(c.before())).setHeader(t("criteria.impact.now")).setAutoWidth(true);
        grid.addComponentColumn(c -> result(c.after())).setHeader(t("criteria.impact.after")).setAutoWidth(true);
        grid.addColumn(c -> t(c.changed() ? "criteria.impact.changes" : "criteria.impact.same")).setAutoWidth(true);
        grid.setItems(impact.suppliers());
        grid.setAllRowsVisible(true);
        result.add(grid);
    }

    private static HorizontalLayout result(MatchResult r) {
        HorizontalLayout cell = new HorizontalLayout(CriterionTexts.outcome(r.overall()), new Span(t("match.score", r.score())));
        cell.setSpacing(true);
        return cell;
    }
}
