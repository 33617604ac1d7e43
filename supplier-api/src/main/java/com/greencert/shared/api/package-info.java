/**
 * The REST API's frame: its root, its bearer-token login, what a request body may be (JSON, at most 32
 * levels deep), and how it says no (RFC 9457 problem details in the caller's language, one log line each).
 */
package com.greencert.shared.api;
