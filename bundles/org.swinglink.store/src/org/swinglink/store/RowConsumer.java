package org.swinglink.store;

/**
 * Takes the rows of a streaming read one at a time, while the read goes on; what it throws ends
 * the read and reaches the caller.
 *
 * @param <T> the row
 * @param <X> what taking a row may throw, such as the {@code IOException} of a writer
 */
@FunctionalInterface
public interface RowConsumer<T, X extends Exception> {
    void accept(T row) throws X;
}
