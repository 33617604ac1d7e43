package com.greencert.shared.lifecycle;

/**
 * Fired once the database schema is up to date on this node. Work that needs the database at start-up
 * (seeding reference and demo data) observes it instead of running at deployment, so a database that
 * is down when the node starts delays that work instead of failing the deployment.
 */
public record SchemaReady() {
}
