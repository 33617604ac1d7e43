/**
 * Where evidence records and access grants are stored. Evidence is tenant-owned (persistence unit);
 * grants are not, and are read only through the narrow queries here.
 */
package com.greencert.evidence.persistence;
