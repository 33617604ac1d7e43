/**
 * How the portal keeps its records: one database whose schema Flyway owns, and tenant isolation of every
 * entity — owned by one tenant, read by the parties of a record, or shared on purpose for a stated reason —
 * declared in {@code META-INF/eclipselink-orm.xml} and wired once in {@link TenantSessionCustomizer}.
 */
package com.greencert.shared.persistence;
