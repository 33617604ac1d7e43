/**
 * Keeping the SVHC candidate list current: the platform operator previews and imports ECHA's export as a
 * new version; suppliers screen their products against the version in force.
 */
package com.greencert.svhc.service;
