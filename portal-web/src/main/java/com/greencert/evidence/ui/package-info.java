/** The supplier's evidence vault on screen: the list with expiry badges and hashes, filters, and the upload form. */
package com.greencert.evidence.ui;
