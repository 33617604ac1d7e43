/**
 * Certification as a certification body runs it (ISO/IEC 17065): schemes and their criteria, the body's
 * accreditation scope, a supplier's application and its lifecycle from draft through application review,
 * evaluation and audit, findings and corrective actions, independent review and decision, to surveillance,
 * suspension, withdrawal and renewal; appeals against decisions and complaints against certified suppliers;
 * and the impartiality rules (four-eyes, declared conflicts of interest) the body must be able to show.
 */
package com.greencert.certification.domain;
