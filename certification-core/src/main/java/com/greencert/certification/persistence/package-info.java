/**
 * Where schemes, accreditation scopes, conflict declarations, applications, appeals and complaints are
 * stored. None is tenant-owned in the EclipseLink sense: each is shared by two or three parties, so every
 * query here names the tenant asking, and nothing is read without one.
 */
package com.greencert.certification.persistence;
