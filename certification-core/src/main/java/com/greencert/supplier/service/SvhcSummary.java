package com.greencert.supplier.service;

/** How many of a supplier's products have an SVHC certainly above 0.1 % w/w, of how many products. */
public record SvhcSummary(long aboveThreshold, long products) {
}
