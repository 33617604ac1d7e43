/**
 * Buyers' procurement screens and the supplier's side of them: criteria sets, invited suppliers measured against
 * them with the reason for every criterion, and the requests a supplier received, as its to-do list.
 */
package com.greencert.criteria.ui;
