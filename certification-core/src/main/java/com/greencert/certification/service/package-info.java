/**
 * What people do with certification: a body writes its schemes and records its accreditation scope and
 * conflicts of interest; a supplier applies and keeps its certification alive; the body's assessors,
 * reviewers and decision-makers work the application through its lifecycle from their queues; suppliers
 * appeal decisions and third parties complain. Every change is announced ({@code ApplicationChanged}) for
 * the audit trail and the notifications.
 */
package com.greencert.certification.service;
