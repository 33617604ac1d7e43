/** Where suppliers' records are stored; tenant isolation comes from the persistence unit, not from here. */
package com.greencert.supplier.persistence;
