/** Opening the portal to a new organisation, and telling a caller which organisation they act for. */
package com.greencert.tenant.service;
