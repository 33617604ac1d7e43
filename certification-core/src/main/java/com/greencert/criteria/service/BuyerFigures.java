package com.greencert.criteria.service;

/**
 * A buyer's figures on its home page: invitations sent (across its sets), and of the suppliers measured against a
 * set's current version how many pass, fail or are unknown (one count per set and supplier), and how many alerts its
 * watch list shows today.
 */
public record BuyerFigures(int invited, int passing, int failing, int unknown, int alerts) {
}
