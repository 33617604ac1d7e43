package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.service.JoinInvitationService;
import com.greencert.criteria.service.JoinInvitationSummary;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;

/**
 * A buyer invites, by e-mail, a supplier that is not on GreenCert yet, for the chosen set: the address gets a link,
 * in the language chosen, that puts the company on the portal with the request waiting. Lists the links sent, where
 * each stands, who joined from it, and withdraws an open one.
 */
class MailInvitationsPanel extends Details {

    private final JoinInvitationService joins;
    private final Grid<JoinInvitationSummary> grid = new Grid<>();

    MailInvitationsPanel(JoinInvitationService joins, Supplier<CriteriaSet> set) {
        this.joins = joins;
        setId("mail-invitations");
        setSummaryText(t("invitation.mail.title"));
        EmailField email = new EmailField(t("invitation.mail.email"));
        email.setId("mail-email");
        email.setMaxLength(254);
        TextField company = new TextField(t("invitation.mail.company"));
        company.setId("mail-company");
        company.setMaxLength(200);
        company.setWidth("20em");
        RadioButtonGroup<String> language = new RadioButtonGroup<>(t("invitation.mail.language"));
        language.setId("mail-language");
        language.setItems("en", "zh");
        language.setItemLabelGenerator(l -> "zh".equals(l) ? "简体中文" : "English");
        language.setValue(LanguagePreference.language(getLocale()));
        Button send = new Button(t("invitation.mail.send"), click -> {
            if (set.get() != null && Notices.attempt(() -> joins.invite(set.get().id(), email.getValue(),
                    company.getValue(), language.getValue()))) {
                Notices.done(t("invitation.mail.sent", email.getValue()));
                email.clear();
                company.clear();
                grid.getDataProvider().refreshAll();
            }
        });
        send.setId("mail-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(email, company, language, send);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout content = new VerticalLayout(new Paragraph(t("invitation.mail.intro")), form, grid());
        content.setPadding(false);
        add(content);
    }

    private Grid<JoinInvitationSummary> grid() {
        String language = LanguagePreference.language(getLocale());
        grid.setId("mail-grid");
        grid.addColumn(s -> s.invitation().companyName()).setHeader(t("invitation.mail.company")).setFlexGrow(2);
        grid.addColumn(s -> s.invitation().email()).setHeader(t("invitation.mail.email")).setFlexGrow(2);
        grid.addColumn(JoinInvitationSummary::setName).setHeader(t("invitation.set")).setAutoWidth(true);
        grid.addColumn(s -> t("invitation.mail.state." + s.state().key())).setHeader(t("invitation.state")).setAutoWidth(true);
        grid.addColumn(s -> s.joined().map(j -> j.displayName(language)).orElse("—"))
                .setHeader(t("invitation.mail.joined")).setAutoWidth(true);
        grid.addColumn(s -> CriterionTexts.day(s.invitation().invitedAt())).setHeader(t("invitation.invited.on")).setAutoWidth(true);
        grid.addColumn(s -> s.withdrawable() ? CriterionTexts.day(s.invitation().expiresAt()) : "—")
                .setHeader(t("invitation.mail.valid.until")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            if (!s.withdrawable()) {
                return new Span();
            }
            Button withdraw = new Button(t("invitation.withdraw"), click -> {
                if (Notices.attempt(() -> joins.withdraw(s.invitation().id()))) {
                    Notices.done(t("invitation.withdrawn"));
                    grid.getDataProvider().refreshAll();
                }
            });
            withdraw.setId("mail-withdraw-" + s.invitation().email());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return withdraw;
        }).setAutoWidth(true);
        grid.setHeight("14em");
        LazyRows.bind(grid, joins::sent);
        return grid;
    }
}
