package io.liaison.common.csv;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a list's CSV download writes, as the service that owns the list defines it: the header, the filtered and
 * ordered list in batches (opened inside the export's transaction), and the cells of one item's row in header order.
 */
public record CsvRows<T>(List<String> header, Supplier<Stream<List<T>>> batches, Function<T, List<?>> row) {}
