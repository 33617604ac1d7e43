/** The public supplier registry page ({@code /registry}), open without signing in (ADR 0018). */
package com.greencert.registry.ui;
