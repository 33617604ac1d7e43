/**
 * An exporter's compliance record: who the company is, where it makes its goods (facilities),
 * what it makes and what it is made of.
 */
package com.greencert.supplier.domain;
