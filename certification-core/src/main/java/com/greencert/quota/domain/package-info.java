/**
 * Write quotas: how many products, facilities and pieces of evidence one tenant may create in a minute and
 * in all, so that one tenant cannot flood the portal that all tenants share. Counted in the database, so
 * every node of the cluster counts the same.
 */
package com.greencert.quota.domain;
