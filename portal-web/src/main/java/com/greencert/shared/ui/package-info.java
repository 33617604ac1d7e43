/** The portal's frame: front page, navigation by role, language switch, and what an unauthorised visitor sees. */
package com.greencert.shared.ui;
