package com.greencert.credential.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small per-node cache whose entries live a few seconds: what other nodes change (a key marked compromised, a
 * status bit flipped) is seen here within that time, and this node forgets its own changes at once.
 */
final class Expiring<K, V> {

    private record Entry<V>(V value, long until) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;

    Expiring(long ttlMillis, int maxEntries) {
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
    }

    V get(K key, Function<K, V> load) {
        long now = System.nanoTime();
        Entry<V> e = entries.get(key);
        if (e != null && now - e.until() < 0) {
            return e.value();
        }
        V value = load.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        if (value != null) {
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }

    void forget(K key) {
        entries.remove(key);
    }

    void clear() {
        entries.clear();
    }
}
