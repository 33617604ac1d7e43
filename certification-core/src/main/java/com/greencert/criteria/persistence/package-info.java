/** Buyers' criteria sets in the database: tenant-owned rows, each version's criteria one JSON document. */
package com.greencert.criteria.persistence;
