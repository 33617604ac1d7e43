/**
 * A buyer's green procurement criteria and how a supplier measures up to them. A buyer keeps named criteria
 * sets: what it asks of its suppliers (a valid certification from a scheme, no SVHC above 0.1 % w/w, recent test
 * reports, an ISO 14001 certificate, a carbon footprint or recycled content within a limit, no products in given
 * hazard classes), each either mandatory or weighted. A version of a set that has been used for an invitation or a
 * match is frozen: changing it makes the next version, so every result can say what it was measured against.
 * Matching reads a snapshot of what the buyer may see of a supplier and answers, criterion by criterion, pass,
 * fail or unknown with the reason and the credential or evidence it rests on; where the supplier holds something
 * it has not shared, the answer says so without telling anything of it.
 */
package com.greencert.criteria.domain;
