/** The REST API's frame: its root, its bearer-token login, and how it says no (RFC 9457 problem details). */
package com.greencert.shared.api;
