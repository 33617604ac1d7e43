/** REST endpoints through which a supplier's ERP keeps the compliance record. */
package com.greencert.supplier.api;
