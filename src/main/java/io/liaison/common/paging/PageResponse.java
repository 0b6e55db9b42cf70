package io.liaison.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and enough to page through the rest. */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Requested page size") int size,

        @Schema(description = "Items matching the filters, over all pages")
        long totalItems,

        @Schema(description = "Number of pages at this size")
        int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageParams params, long totalItems) {
        int totalPages = (int) ((totalItems + params.size - 1) / params.size);
        return new PageResponse<>(items, params.page, params.size, totalItems, totalPages);
    }

    /** The same page with each item turned into another. */
    public <R> PageResponse<R> map(java.util.function.Function<T, R> each) {
        return new PageResponse<>(items.stream().map(each).toList(), page, size, totalItems, totalPages);
    }

    /** A page of a list read whole because it is always short (a stakeholder's owners), answered as every list is. */
    public static <T> PageResponse<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min((long) paging.page * paging.size, all.size());
        int to = Math.min(from + paging.size, all.size());
        return of(List.copyOf(all.subList(from, to)), paging.asPageParams(), all.size());
    }
}
