/** The certification body's screens: schemes, applications, evaluation, review and decision. */
package com.greencert.certification.ui;
