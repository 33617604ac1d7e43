/** The platform operator's screens: tenants and their first administrators. */
package com.greencert.tenant.ui;
