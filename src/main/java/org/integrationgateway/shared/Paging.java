package org.integrationgateway.shared;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Turns the {@code page}, {@code size} and {@code sort} parameters of a list request into a
 * {@link PageRequest}, refusing sizes above {@link #MAX_SIZE} and sort fields a list does not document.
 * {@code sort} is {@code field} or {@code field,asc|desc}.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size, String sort, Set<String> sortable, Sort defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "page must be 0 or greater.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE + ".");
        }
        return PageRequest.of(p, s, parseSort(sort, sortable, defaultSort));
    }

    static Sort parseSort(String sort, Set<String> sortable, Sort defaultSort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].trim();
        if (!sortable.contains(field)) {
            throw new InvalidRequestException("sort",
                    "sort must be one of " + String.join(", ", sortable.stream().sorted().toList()) + ".");
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length > 1) {
            direction = Sort.Direction.fromOptionalString(parts[1].trim()).orElseThrow(() -> new InvalidRequestException(
                    "sort", "sort direction must be asc or desc."));
        }
        return Sort.by(direction, field);
    }
}
