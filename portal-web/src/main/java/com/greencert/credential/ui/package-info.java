/**
 * The screens of eco-brand credentials: the public verify page and public supplier page (no login), the
 * credentials of an application with their downloads (added to the certification screens through
 * {@code ApplicationExtensions}), and a certification body's signing keys for its administrator.
 */
package com.greencert.credential.ui;
