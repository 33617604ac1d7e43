/**
 * The EU Candidate List of substances of very high concern (SVHC, REACH Article 59): versions of the list
 * as ECHA publishes them twice a year, and the screening of a product's composition against one version:
 * which components are SVHCs and whether they are, or may be, above 0.1 % by weight, the threshold at
 * which REACH Article 33 obliges suppliers of articles to inform their customers.
 */
package com.greencert.svhc.domain;
