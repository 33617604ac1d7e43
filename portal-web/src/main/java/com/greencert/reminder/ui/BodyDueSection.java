package com.greencert.reminder.ui;

import com.greencert.certification.ui.CertificationBodyHomeSection;
import com.greencert.reminder.service.ReminderService;
import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** On the certification body's home page: surveillance visits and findings that fall due in the next 90 days. */
@Dependent
public class BodyDueSection implements CertificationBodyHomeSection {

    @Inject
    ReminderService reminders;

    @Override
    public Component create() {
        return new DueSoonList(reminders.dueSoon(), reminders.today());
    }
}
