package com.greencert.svhc.ui;

import com.greencert.svhc.domain.SvhcListDiff;
import com.greencert.svhc.service.SvhcImportPreview;
import com.greencert.svhc.service.SvhcRowError;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;

/**
 * What a file would do, in words, before anything is written: how many rows and substances it holds, every row
 * error with its row number as a spreadsheet shows it, and what it adds, removes and changes against the
 * version in force.
 */
class SvhcPreviewPanel extends VerticalLayout {

    /** Entries listed per section; a longer section says how many more there are. */
    static final int SHOWN = 300;

    SvhcPreviewPanel(String fileName, SvhcImportPreview preview) {
        setId("svhc-preview");
        setPadding(false);
        SvhcListDiff diff = preview.diff();
        add(new H4(getTranslation("svhc.preview.title", fileName)));
        Paragraph summary = new Paragraph(preview.currentLabel() == null
                ? getTranslation("svhc.preview.summary.first", preview.rows(), preview.entries())
                : getTranslation("svhc.preview.summary", preview.rows(), preview.entries(), preview.currentLabel(),
                        diff.added().size(), diff.removed().size(), diff.changed().size(), diff.unchanged()));
        summary.setId("svhc-preview-summary");
        Paragraph verdict = new Paragraph(preview.importable() ? getTranslation("svhc.preview.importable")
                : getTranslation("svhc.preview.not.importable", preview.errors().size()));
        verdict.setId("svhc-preview-verdict");
        verdict.addClassName(preview.importable() ? "gc-import-ok" : "gc-import-error");
        add(summary, verdict);
        if (!preview.errors().isEmpty()) {
            UnorderedList errors = list(preview.errors(), this::rowError);
            errors.setId("svhc-row-errors");
            add(new H4(getTranslation("svhc.preview.errors")), errors);
        }
        section("svhc-added", "svhc.preview.added", diff.added(), e -> SvhcListTexts.entry(this, e));
        section("svhc-removed", "svhc.preview.removed", diff.removed(), e -> SvhcListTexts.entry(this, e));
        section("svhc-changed", "svhc.preview.changed", diff.changed(), c -> getTranslation("svhc.preview.change",
                SvhcListTexts.entry(this, c.before()), SvhcListTexts.entry(this, c.after())));
    }

    private String rowError(SvhcRowError e) {
        String message = e.describe(getLocale());
        return e.row() == 0 ? getTranslation("svhc.preview.error.file", message)
                : getTranslation("svhc.preview.error.row", e.row(), message);
    }

    private <T> void section(String id, String titleKey, List<T> items, Function<T, String> text) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = list(items, text);
        Details details = new Details(getTranslation(titleKey, items.size()), list);
        details.setId(id);
        details.setOpened(items.size() <= 20);
        add(details);
    }

    private <T> UnorderedList list(List<T> items, Function<T, String> text) {
        UnorderedList list = new UnorderedList();
        items.stream().limit(SHOWN).forEach(i -> list.add(new ListItem(text.apply(i))));
        if (items.size() > SHOWN) {
            list.add(new ListItem(getTranslation("svhc.preview.more", items.size() - SHOWN)));
        }
        return list;
    }
}
