package com.greencert.reminder.ui;

import com.greencert.reminder.domain.DueItem;
import com.greencert.reminder.domain.ReminderThresholds;
import com.greencert.shared.ui.LanguagePreference;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * "Due in the next 90 days": each item with what falls due, on which day and in how many days, linked to where it
 * is dealt with; the first {@link #SHOWN}, and how many more.
 */
class DueSoonList extends Div {

    static final int SHOWN = 10;

    DueSoonList(List<DueItem> due, LocalDate today) {
        setId("due-soon");
        addClassName("gc-due-soon");
        add(new H3(getTranslation("reminder.due.title", ReminderThresholds.HORIZON_DAYS)));
        if (due.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reminder.due.none", ReminderThresholds.HORIZON_DAYS));
            none.setId("due-none");
            add(none);
            return;
        }
        String language = LanguagePreference.language(getLocale());
        UnorderedList list = new UnorderedList();
        for (DueItem item : due.stream().limit(SHOWN).toList()) {
            String kind = getTranslation("reminder.kind." + item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Anchor link = new Anchor(item.path().substring(1), getTranslation("reminder.due.item", kind,
                    item.title(language), item.dueOn().toString(), item.daysLeft(today)));
            ListItem li = new ListItem(link);
            li.addClassName("gc-due-item");
            list.add(li);
        }
        add(list);
        if (due.size() > SHOWN) {
            add(new Paragraph(getTranslation("reminder.due.more", due.size() - SHOWN)));
        }
    }
}
