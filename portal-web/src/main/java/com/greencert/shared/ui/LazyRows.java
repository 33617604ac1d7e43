package com.greencert.shared.ui;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Grids that load lazily: the grid asks for the rows it is about to show, window by window, and each
 * window is one call of a service method that pages (and sorts) in the database. The grid's sort order
 * (a column's sort property) goes to the service as the page's sort key. Nothing is ever read whole.
 */
public final class LazyRows {

    /** The most rows one window may ask for, however large the grid asks (a few service pages). */
    static final int MAX_WINDOW = 4 * PageRequest.MAX_LIMIT;

    private LazyRows() {
    }

    /**
     * Binds the grid to a paging service call and tells {@code total} how many rows the list has. The grid knows
     * its size (a count in the database, not the rows loaded), so its scroll bar stands for 50,000 rows as for 50.
     */
    public static <T> void bind(Grid<T> grid, Function<PageRequest, Page<T>> pages, LongConsumer total) {
        total.accept(size(pages));
        grid.setItems(query -> fetch(query, pages).stream(), query -> size(pages));
    }

    public static <T> void bind(Grid<T> grid, Function<PageRequest, Page<T>> pages) {
        grid.setItems(query -> fetch(query, pages).stream());
    }

    private static <T> int size(Function<PageRequest, Page<T>> pages) {
        return (int) Math.min(Integer.MAX_VALUE, pages.apply(PageRequest.of(0, 1)).total());
    }

    static <T> List<T> fetch(Query<T, ?> query, Function<PageRequest, Page<T>> pages) {
        int offset = query.getOffset();
        int limit = Math.min(query.getLimit(), MAX_WINDOW);
        Optional<PageRequest.Sort> sort = query.getSortOrders().stream().findFirst().map(LazyRows::sort);
        List<T> rows = new ArrayList<>();
        while (rows.size() < limit) {
            int want = Math.min(PageRequest.MAX_LIMIT, limit - rows.size());
            Page<T> page = pages.apply(new PageRequest(offset + rows.size(), want, sort));
            rows.addAll(page.items());
            if (page.items().size() < want) {
                break;
            }
        }
        return rows;
    }

    private static PageRequest.Sort sort(QuerySortOrder order) {
        return new PageRequest.Sort(order.getSorted(), order.getDirection() == SortDirection.DESCENDING);
    }
}
