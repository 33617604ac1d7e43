/** JPA adapters of the credential feature's ports. */
package com.greencert.credential.persistence;
