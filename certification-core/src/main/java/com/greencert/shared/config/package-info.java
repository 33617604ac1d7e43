/** The portal's deployment settings: database, identity provider and public address. */
package com.greencert.shared.config;
