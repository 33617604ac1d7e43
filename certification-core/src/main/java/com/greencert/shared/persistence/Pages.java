package com.greencert.shared.persistence;

import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * Reads one page of a list in the database: the rows with {@code setFirstResult}/{@code setMaxResults}
 * (LIMIT/OFFSET in SQL), the total with a count query of the same filter. Nothing is loaded whole and cut
 * in memory. The order is always total: the requested sort key (one the list offers), then the list's own
 * order, which ends in the id.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * The ORDER BY clause (without the keywords) for a request: {@code sortable} maps the properties a list
     * may be sorted by to JPQL paths; {@code stableOrder} is the list's own order and must end in a unique
     * path (the id). An unknown property is refused.
     */
    public static String orderBy(PageRequest page, Map<String, String> sortable, String stableOrder) {
        if (page.sort().isEmpty()) {
            return stableOrder;
        }
        PageRequest.Sort sort = page.sort().get();
        String path = sortable.get(sort.property());
        if (path == null) {
            throw new InvalidInputException("page.sort.invalid", sort.property());
        }
        return path + (sort.descending() ? " desc" : " asc") + ", " + stableOrder;
    }

    /** Counts, then reads the page's rows unless the page lies past the end. */
    public static <T> Page<T> read(TypedQuery<T> rows, TypedQuery<Long> count, PageRequest page) {
        long total = count.getSingleResult();
        if (page.offset() >= total) {
            return new Page<>(List.of(), total, page);
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), total, page);
    }

    /** Reads the page's rows of a list whose total the caller knows (or does not need). */
    public static <T> List<T> rows(TypedQuery<T> rows, PageRequest page) {
        return rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }
}
