/**
 * What a buyer does with its criteria sets: write them (every version checked whole, every scheme known), read them
 * a page at a time, revise them (an unused draft is replaced, a used version kept), delete an unused one; each
 * change goes to the buyer's audit ledger.
 */
package com.greencert.criteria.service;
