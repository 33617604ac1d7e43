/**
 * Words every feature shares: who a tenant and a user are, and the ways a business rule says no.
 */
package com.greencert.shared.domain;
