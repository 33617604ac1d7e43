/** What a supplier's staff (or their ERP, through the API) do with their compliance record. */
package com.greencert.supplier.service;
