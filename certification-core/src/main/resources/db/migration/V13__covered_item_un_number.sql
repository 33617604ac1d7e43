-- The UN number a product had when the supplier named it for an application (the credential and the PDF state it).
ALTER TABLE application_scope_item ADD COLUMN un_number VARCHAR(6);
