/**
 * The bytes of evidence files: a content-addressed blob store (SHA-256 keys, immutable, deduplicated)
 * and the inspection that decides whether an upload is an allowed, honest, harmless file.
 */
package com.greencert.evidence.storage;
