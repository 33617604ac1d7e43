/** The REST API of buyers' criteria sets: written and read as JSON, each criterion tagged by its kind. */
package com.greencert.criteria.api;
