package com.greencert.shared.api;

import com.greencert.shared.domain.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;

/**
 * How every list of the API answers (docs/adr/0013): the page's rows as the JSON array body, unchanged in
 * shape; the total in {@code X-Total-Count} and the neighbouring pages in {@code Link} (RFC 8288,
 * {@code rel="next"}/{@code "prev"}), added by {@link PageHeaders}. Resources take {@code limit} and
 * {@code offset} as text and let {@link com.greencert.shared.domain.PageRequest#parse} check them, so a bad
 * value is a 400 problem naming the parameter, not the 404 a failed {@code int} conversion gives.
 */
public final class Paged {

    static final String ATTRIBUTE = Paged.class.getName();
    public static final String TOTAL_HEADER = "X-Total-Count";

    private Paged() {
    }

    /** The page's rows as views; remembers the page on the request for {@link PageHeaders}. */
    public static <T, R> List<R> rows(Page<T> page, Function<? super T, ? extends R> view, HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, page);
        return page.items().stream().<R>map(view).toList();
    }
}
