package org.swinglink.source.csv;

import java.util.List;

/**
 * A header known by its columns: every required column present makes it the format's header,
 * rated {@value #REQUIRED_FOUND}; each optional column present adds its points, up to 100. Name as
 * optional only columns no other vendor writes, so that they are evidence.
 * <pre>{@code
 * ColumnRule.requiring("Date", "Velo").optional(4, "LA", "Dist", "Res").needingOptional(2)
 * }</pre>
 * Column names are compared trimmed and ignoring case.
 *
 * @since 1.2
 */
public final class ColumnRule implements HeaderRule {
    /** The rating of a header with every required column and no optional one. */
    public static final int REQUIRED_FOUND = 80;

    private final String[] required;
    private final String[] optional;
    private final int pointsPerOptional;
    private final int minimumOptional;

    private ColumnRule(String[] required, String[] optional, int pointsPerOptional, int minimumOptional) {
        this.required = required.clone();
        this.optional = optional.clone();
        this.pointsPerOptional = pointsPerOptional;
        this.minimumOptional = minimumOptional;
    }

    /**
     * {@return a rule for a header that has all these columns}
     *
     * @param columns the columns a file of the format always has
     */
    public static ColumnRule requiring(String... columns) {
        return new ColumnRule(columns, new String[0], 0, 0);
    }

    /**
     * {@return this rule, where each of these columns present adds {@code points} to the rating}
     *
     * @param points  what one column adds
     * @param columns columns the format may have and other formats do not
     */
    public ColumnRule optional(int points, String... columns) {
        return new ColumnRule(required, columns, points, minimumOptional);
    }

    /**
     * {@return this rule, where a header is the format's only with at least {@code count} optional columns}
     * For a format whose required columns are common ones (a date, a speed) that other formats share.
     *
     * @param count how many of the optional columns must be present
     */
    public ColumnRule needingOptional(int count) {
        return new ColumnRule(required, optional, pointsPerOptional, count);
    }

    /** {@return the columns a file of the format always has} */
    public List<String> required() {
        return List.of(required);
    }

    @Override
    public int confidence(CsvHeader header) {
        if (header.countOf(required) < required.length) {
            return 0;
        }
        int optionalFound = header.countOf(optional);
        return optionalFound < minimumOptional ? 0 : Math.min(100, REQUIRED_FOUND + pointsPerOptional * optionalFound);
    }
}
