package com.greencert.credential.service;

import java.time.Instant;

/** A body's status list credential as published (compact JWS) and when its bits last changed (for cache headers). */
public record PublishedStatusList(String jwt, Instant lastModified) {
}
