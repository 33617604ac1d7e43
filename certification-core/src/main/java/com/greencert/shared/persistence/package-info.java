/**
 * How the portal keeps its records: one database whose schema Flyway owns, and tenant isolation of
 * every tenant-owned row by EclipseLink multitenancy, wired once in {@link TenantSessionCustomizer}.
 */
package com.greencert.shared.persistence;
