/** The buyer's screens: procurement criteria, invited suppliers and their gaps, credential checks. */
package com.greencert.buyer.ui;
