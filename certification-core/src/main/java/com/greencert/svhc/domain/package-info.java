/**
 * The EU Candidate List of substances of very high concern (SVHC, REACH Article 59): versions of the list
 * as ECHA publishes them twice a year, with their entries and what changed between two versions. What a
 * product's composition is screened against; the screening itself is the supplier's
 * ({@code supplier.domain.SvhcScreening}), so this list knows nothing of products.
 */
package com.greencert.svhc.domain;
