package com.greencert.reminder.ui;

import com.greencert.reminder.service.ReminderService;
import com.greencert.supplier.ui.SupplierHomeSection;
import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** On the exporter's home page: its evidence and certificates that expire in the next 90 days. */
@Dependent
public class SupplierDueSection implements SupplierHomeSection {

    @Inject
    ReminderService reminders;

    @Override
    public Component create() {
        return new DueSoonList(reminders.dueSoon(), reminders.today());
    }
}
