/**
 * An exporter's compliance record: who the company is, where it makes its goods (facilities),
 * what it makes and what it is made of, and how that composition screens against the SVHC candidate list
 * (which components are SVHCs and whether they are, or may be, above 0.1 % by weight, the threshold at
 * which REACH Article 33 obliges suppliers of articles to inform their customers).
 */
package com.greencert.supplier.domain;
