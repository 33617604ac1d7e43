/** The SVHC candidate list over REST: versions for everyone, preview and import for the platform operator. */
package com.greencert.svhc.api;
