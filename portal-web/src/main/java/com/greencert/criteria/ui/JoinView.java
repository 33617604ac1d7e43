package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.criteria.domain.JoinInvitation;
import com.greencert.criteria.service.JoinOffer;
import com.greencert.criteria.service.JoinRequest;
import com.greencert.criteria.service.Joined;
import com.greencert.criteria.service.JoiningService;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.PublicLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The page an invitation link opens, before anyone is signed in: who invites the company, for which criteria set;
 * a short form that puts the company on GreenCert with its first administrator; then the user name and one-time
 * password to sign in with. A link that is unknown, used, withdrawn or expired gets a page that says which.
 */
@Route(value = "join/:" + JoinView.TOKEN, layout = PublicLayout.class)
@PageTitle("GreenCert")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final JoiningService joining;
    private String token;

    @Inject
    public JoinView(JoiningService joining) {
        this.joining = joining;
        setId("join");
        setMaxWidth("48em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get(TOKEN).orElse("");
        add(new H2(t("join.title")));
        try {
            JoinOffer offer = joining.offer(token);
            if (offer.state() == JoinInvitation.State.OPEN) {
                form(offer);
            } else {
                refused(DomainMessages.format("join.link." + offer.state().key(), getLocale()));
            }
        } catch (DomainException e) {
            refused(DomainMessages.format(e, getLocale()));
        }
    }

    private void form(JoinOffer offer) {
        String language = LanguagePreference.language(getLocale());
        Paragraph invited = new Paragraph(t("join.invited", offer.buyer().displayName(language), offer.companyName(),
                offer.setName()));
        invited.setId("join-offer");
        TextField nameEn = field("join-name-en", "join.company.en", offer.companyName(), 200);
        TextField nameZh = field("join-name-zh", "join.company.zh", "", 200);
        ComboBox<String> country = new ComboBox<>(t("join.country"));
        country.setId("join-country");
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(c -> Locale.of("", c).getDisplayCountry(getLocale()))).toList());
        country.setItemLabelGenerator(c -> Locale.of("", c).getDisplayCountry(getLocale()));
        country.setValue("CN");
        TextField email = field("join-email", "join.email", offer.email(), 254);
        email.setReadOnly(true);
        TextField username = field("join-username", "join.username", "", 63);
        username.setHelperText(t("join.username.help"));
        TextField first = field("join-first-name", "join.first.name", "", 100);
        TextField last = field("join-last-name", "join.last.name", "", 100);
        FormLayout form = new FormLayout(nameEn, nameZh, country, email, username, first, last);
        Button join = new Button(t("join.submit"));
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> {
            try {
                done(joining.join(token, new JoinRequest(nameEn.getValue(), nameZh.getValue(), country.getValue(),
                        username.getValue().strip(), first.getValue(), last.getValue())));
            } catch (DomainException e) {
                Paragraph problem = new Paragraph(DomainMessages.format(e, getLocale()));
                problem.setId("join-problem");
                problem.addClassName("gc-error");
                getChildren().filter(c -> "join-problem".equals(c.getId().orElse(null))).toList().forEach(this::remove);
                addComponentAtIndex(2, problem);
            }
        });
        add(invited, new Paragraph(t("join.explained")), form, join);
    }

    private void done(Joined joined) {
        removeAll();
        add(new H2(t("join.done.title", joined.supplier().displayName(LanguagePreference.language(getLocale())))));
        if (joined.alreadyOnPortal()) {
            Paragraph already = new Paragraph(t("join.done.already"));
            already.setId("join-done");
            add(already);
        } else {
            Paragraph account = new Paragraph(t("join.done.account"));
            account.setId("join-done");
            Span username = new Span(joined.username().orElseThrow());
            username.setId("join-done-username");
            Span password = new Span(joined.temporaryPassword().orElseThrow());
            password.setId("join-done-password");
            password.addClassName("gc-code");
            add(account, new Paragraph(new Span(t("join.username") + ": "), username),
                    new Paragraph(new Span(t("join.done.password") + ": "), password),
                    new Paragraph(t("join.done.password.change")));
        }
        Anchor signIn = new Anchor("login", t("action.sign.in"));
        signIn.setId("join-sign-in");
        signIn.setRouterIgnore(true);
        add(signIn);
    }

    private void refused(String why) {
        Paragraph refused = new Paragraph(why);
        refused.setId("join-refused");
        Anchor signIn = new Anchor("login", t("action.sign.in"));
        signIn.setRouterIgnore(true);
        add(refused, signIn);
    }

    private static TextField field(String id, String label, String value, int max) {
        TextField f = new TextField(t(label));
        f.setId(id);
        f.setMaxLength(max);
        f.setValue(value == null ? "" : value);
        return f;
    }
}
