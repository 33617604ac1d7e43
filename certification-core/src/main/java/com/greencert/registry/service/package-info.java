/** Searching the public registry, and keeping this node's index current from the database change feed (ADR 0018). */
package com.greencert.registry.service;
