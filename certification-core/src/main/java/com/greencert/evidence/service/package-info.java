/**
 * Uploading, versioning, listing and downloading evidence, and granting other tenants access to it.
 */
package com.greencert.evidence.service;
