package com.greencert.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its rows, how many rows the whole list has, and which page was asked for. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    /** One page of a list held whole (short lists filtered in memory). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), total, request);
    }

    /** Whether rows follow this page. */
    public boolean hasNext() {
        return request.offset() + (long) items.size() < total;
    }
}
