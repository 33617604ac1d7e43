/** The platform operator's screen of the SVHC candidate list: its versions, and a new version previewed and imported. */
package com.greencert.svhc.ui;
