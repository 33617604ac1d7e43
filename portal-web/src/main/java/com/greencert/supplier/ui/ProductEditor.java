package com.greencert.supplier.ui;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.Notices;
import com.greencert.supplier.domain.Product;
import com.greencert.svhc.ui.SvhcListTexts;
import com.greencert.supplier.service.ProductService;
import com.greencert.supplier.service.ReclassifyProduct;
import com.greencert.supplier.service.RegisterProduct;
import com.greencert.supplier.domain.ComponentScreening;
import com.greencert.supplier.domain.SvhcScreeningResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;

/**
 * A product in a dialog: a new one (classification and composition), or an existing one whose classification
 * (names, HS code, UN number) and composition can be changed, with its SVHC screening against the list in force
 * and the history of its classification.
 */
class ProductEditor extends Dialog {

    private static final String SAVE_KEY = "product.save";

    private final ProductService products;
    private final Runnable onSaved;
    private final Product product;
    private final TextField nameEn = field("product.name.en", "product-name-en");
    private final TextField nameZh = field("product.name.zh", "product-name-zh");
    private final TextField hsCode = field("product.hs.code", "product-hs-code");
    private final TextField unNumber = field("product.un.number", "product-un-number");
    private final TextField packingGroup = field("product.packing.group", "product-packing-group");
    private final CompositionEditor composition;
    private final DeclaredValuesEditor declared;
    private final Div screening = new Div();
    private final ProductHistoryList history = new ProductHistoryList();

    ProductEditor(ProductService products, Product product, Runnable onSaved) {
        this.products = products;
        this.product = product;
        this.onSaved = onSaved;
        setId("product-editor");
        setWidth("min(60em, 95vw)");
        setHeaderTitle(product == null ? getTranslation("product.new")
                : product.displayName(getLocale().getLanguage()));
        composition = new CompositionEditor(product == null ? List.of() : product.composition());
        declared = product == null ? null : new DeclaredValuesEditor(product.declaredValues(), products.supportingEvidence());
        if (product != null) {
            nameEn.setValue(product.nameEn());
            nameZh.setValue(product.nameZh().orElse(""));
            hsCode.setValue(product.hsCode().value());
            product.dangerousGoods().ifPresent(d -> {
                unNumber.setValue(d.unNumber().value());
                packingGroup.setValue(d.packingGroupIfAny().map(Enum::name).orElse(""));
            });
        }
        screening.setId("screening");
        add(new FormLayout(nameEn, nameZh, hsCode, unNumber, packingGroup),
                new H4(getTranslation("composition.title")), composition, new H4(getTranslation("declared.title")));
        if (declared == null) {
            add(new Paragraph(getTranslation("declared.after.saving")));
        } else {
            add(new Paragraph(getTranslation("declared.hint")), declared);
        }
        add(screening, history);
        Button save = new Button(getTranslation(SAVE_KEY), click -> save());
        save.setId("save-product");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("close-product");
        getFooter().add(close, save);
        if (product != null) {
            showScreening();
            history.show(products.history(product.id()));
        }
    }

    private void save() {
        try {
            if (product == null) {
                products.register(new RegisterProduct(nameEn.getValue(), nameZh.getValue(), hsCode.getValue(),
                        unNumber.getValue(), null, packingGroup.getValue(), Set.of(), List.of(), composition.lines()));
                Notices.done(getTranslation("product.saved"));
                onSaved.run();
                close();
            } else {
                // the classification first: a refused change leaves the composition as it was
                products.reclassify(product.id(), new ReclassifyProduct(nameEn.getValue(), nameZh.getValue(),
                        hsCode.getValue(), unNumber.getValue(), packingGroup.getValue()));
                products.updateComposition(product.id(), composition.lines());
                products.declareValues(product.id(), declared.lines());
                history.show(products.history(product.id()));
                Notices.done(getTranslation("product.saved"));
                onSaved.run();
                showScreening();
            }
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void showScreening() {
        screening.removeAll();
        screening.add(new H4(getTranslation("screening.title")));
        SvhcScreeningResult result;
        try {
            result = products.screen(product.id());
        } catch (DomainException e) {
            screening.add(new Paragraph(getTranslation("screening.unavailable")));
            return;
        }
        screening.add(new Paragraph(getTranslation("screening.list", SvhcListTexts.describe(this, result.listLabel(),
                result.listPublishedOn(), result.listImportedAt(), result.starterList()))));
        List<ComponentScreening> svhcs = result.svhcComponents();
        if (svhcs.isEmpty()) {
            screening.add(new Paragraph(getTranslation("screening.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ComponentScreening s : svhcs) {
            list.add(new ListItem(getTranslation("screening.component", s.component().substanceName(),
                    s.component().casNumber().value(), s.component().concentration().toString(),
                    getTranslation("screening.verdict." + s.verdict().name()))));
        }
        screening.add(list);
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(Product.NAME_MAX); // a product name's limit, stopped at the field; codes are checked as typed
        return field;
    }
}
