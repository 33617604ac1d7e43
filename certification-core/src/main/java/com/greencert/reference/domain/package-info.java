/**
 * The official codes that goods, substances and companies are described with: CAS and EC numbers for
 * substances, HS codes for customs, UN numbers, transport classes and packing groups for dangerous goods,
 * GHS hazard classes and statements for labels and safety data sheets, and the Chinese unified social
 * credit code for companies. Each code checks itself (check digit or the reference list shipped in
 * {@code reference/}), so a typo is caught where it is typed, not at the border.
 */
package com.greencert.reference.domain;
