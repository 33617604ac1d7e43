/**
 * Who is asking: the authenticated person, the tenant they act for and their roles, resolved once per
 * request from the identity provider's token and trusted by every service below.
 */
package com.greencert.shared.caller;
