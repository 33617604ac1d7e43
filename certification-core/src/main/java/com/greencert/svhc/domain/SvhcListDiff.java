package com.greencert.svhc.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a new version of the candidate list changes against the current one, for the administrator to
 * check before importing: entries added, removed, and changed (same substance by CAS, else EC numbers,
 * else name, but another name, number, date or reason).
 */
public record SvhcListDiff(List<SvhcEntry> added, List<SvhcEntry> removed, List<Change> changed, int unchanged) {

    public SvhcListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** An entry as it is now and as the new version has it. */
    public record Change(SvhcEntry before, SvhcEntry after) {
    }

    public static SvhcListDiff between(List<SvhcEntry> current, List<SvhcEntry> proposed) {
        Map<String, SvhcEntry> before = byIdentity(current);
        Map<String, SvhcEntry> after = byIdentity(proposed);
        List<SvhcEntry> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (var e : after.entrySet()) {
            SvhcEntry old = before.get(e.getKey());
            if (old == null) {
                added.add(e.getValue());
            } else if (old.equals(e.getValue())) {
                unchanged++;
            } else {
                changed.add(new Change(old, e.getValue()));
            }
        }
        List<SvhcEntry> removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new SvhcListDiff(added, removed, changed, unchanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Entries that share an identity (which a well-formed list does not have) are told apart by their order. */
    private static Map<String, SvhcEntry> byIdentity(List<SvhcEntry> entries) {
        Map<String, SvhcEntry> map = new LinkedHashMap<>();
        for (SvhcEntry entry : entries) {
            String key = entry.identity();
            for (int n = 2; map.containsKey(key); n++) {
                key = entry.identity() + "#" + n;
            }
            map.put(key, entry);
        }
        return map;
    }
}
