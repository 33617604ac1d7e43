package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.MatchResult;
import com.greencert.criteria.service.SupplierMatch;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One supplier's result against a criteria set, criterion by criterion: what is asked, how much it counts, the
 * outcome, why, and what it rests on. The buyer reads it as a gap report, the supplier as its to-do list.
 */
class MatchReport extends VerticalLayout {

    MatchReport(String id, SupplierMatch match, Function<SchemeId, String> schemes, Locale locale) {
        setId(id);
        setPadding(false);
        if (!match.measured()) {
            add(new Paragraph(t("match.not.measured", CriterionTexts.state(match.invitation().state()))));
            return;
        }
        MatchResult result = match.result();
        Span overall = CriterionTexts.outcome(result.overall());
        overall.setId(id + "-overall");
        Span score = new Span(t("match.score", result.score()));
        score.setId(id + "-score");
        HorizontalLayout summary = new HorizontalLayout(new Span(t("match.overall")), overall, score,
                new Span(t("match.version", match.version().number())));
        summary.setAlignItems(Alignment.BASELINE);
        List<Criterion> criteria = match.version().criteria();
        Grid<MatchResult.Line> lines = new Grid<>();
        lines.setId(id + "-lines");
        lines.addColumn(l -> CriterionTexts.label(criteria.get(l.position() - 1), schemes, locale))
                .setHeader(t("match.criterion")).setFlexGrow(2);
        lines.addColumn(l -> CriterionTexts.importance(l.importance())).setHeader(t("match.importance")).setAutoWidth(true);
        lines.addComponentColumn(l -> CriterionTexts.outcome(l.outcome())).setHeader(t("match.outcome")).setAutoWidth(true);
        lines.addColumn(l -> l.message(locale)).setHeader(t("match.reason")).setFlexGrow(3);
        lines.addColumn(l -> l.basis().isEmpty() ? "—"
                : l.basis().stream().map(CriterionTexts::basis).collect(Collectors.joining("; ")))
                .setHeader(t("match.basis")).setFlexGrow(2);
        lines.setItems(result.lines());
        lines.setAllRowsVisible(true);
        lines.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        add(summary, lines);
    }
}
