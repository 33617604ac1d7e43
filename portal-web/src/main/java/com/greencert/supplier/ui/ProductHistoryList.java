package com.greencert.supplier.ui;

import com.greencert.supplier.domain.ProductChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A product's history in the reader's words: when, who, which field (as the form labels it), old and new value. */
class ProductHistoryList extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    ProductHistoryList() {
        setId("product-history");
    }

    void show(List<ProductChange> changes) {
        removeAll();
        add(new H4(getTranslation("product.history.title")));
        if (changes.isEmpty()) {
            add(new Div(getTranslation("product.history.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ProductChange c : changes.reversed()) { // newest first
            list.add(new ListItem(getTranslation("product.history.line", WHEN.format(c.at().atOffset(ZoneOffset.UTC)),
                    c.by(), getTranslation("product.history.field." + c.field().name()), value(c.before().orElse(null)),
                    value(c.after().orElse(null)))));
        }
        add(list);
    }

    private String value(String v) {
        return v == null || v.isBlank() ? getTranslation("product.history.empty") : v;
    }
}
