/**
 * Limits on how often one client may ask for costly public work (the API, a credential's verification): token
 * buckets per client, and which address a request really came from behind the trusted proxies. Per node, in
 * memory (ADR 0013): behind the sticky load balancer a client mostly meets one node.
 */
package com.greencert.shared.ratelimit;
