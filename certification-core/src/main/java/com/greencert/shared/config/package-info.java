/**
 * The portal's deployment settings — database, identity provider, public address, evidence storage and
 * notification mail — read in one place ({@link com.greencert.shared.config.GreenCertConfig}).
 */
package com.greencert.shared.config;
