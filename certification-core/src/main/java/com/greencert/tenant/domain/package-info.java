/**
 * The organisations that share the portal (buyers, suppliers, certification bodies and the platform
 * operator) and what kind each one is.
 */
package com.greencert.tenant.domain;
