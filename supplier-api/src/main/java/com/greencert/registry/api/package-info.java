/** The public supplier registry's REST API: {@code GET /api/public/suppliers}, no token needed (ADR 0018). */
package com.greencert.registry.api;
