/** Where the versions of the SVHC candidate list are stored; shared by all tenants. */
package com.greencert.svhc.persistence;
