/** What falls due soon, on the supplier's and the certification body's home pages (ADR 0021). */
package com.greencert.reminder.ui;
