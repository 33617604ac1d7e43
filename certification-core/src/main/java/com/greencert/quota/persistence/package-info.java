/** The quota counters in the database: conditional updates, so that every node counts the same units once. */
package com.greencert.quota.persistence;
