/**
 * The certification API: schemes and accreditation scope, applications with each lifecycle transition as
 * a sub-resource and the allowed next actions in every answer, appeals and complaints.
 */
package com.greencert.certification.api;
