/** The supplier's screens: company profile, facilities, products, evidence vault. */
package com.greencert.supplier.ui;
