package org.swinglink.store;

import static org.swinglink.store.NullableColumns.decimal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.swinglink.store.SeasonQueries.Period;

/**
 * Quarter-hour sums of {@link SeasonSums} added up into one stretch of time, read in the columns
 * {@link SummedVisits} selects: the time span, then the table's count, sums, counts and maxima.
 * A sum of nothing is read as zero beside a count of zero, so its mean stays null.
 */
final class RunningSums {
    private static final int SENSOR_METRICS = 5;

    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private int swings;
    private final double[] swingSum = new double[SENSOR_METRICS];
    private final int[] swingCount = new int[SENSOR_METRICS];
    private final Double[] swingMax = new Double[SENSOR_METRICS];
    private int events;
    private double exitVelocitySum;
    private int exitVelocityCount;
    private Double exitVelocityMax;
    private double launchAngleSum;
    private int launchAngleCount;
    private double distanceSum;
    private int distanceCount;
    private int hardHit;
    private int pairs;
    private double smashFactorSum;
    private int smashFactorCount;
    private int squaredUp;
    private int squaredUpJudged;
    private double attackMinusLaunchSum;
    private int attackMinusLaunchCount;

    long last() {
        return last;
    }

    private void span(ResultSet row) throws SQLException {
        first = Math.min(first, row.getLong(2));
        last = Math.max(last, row.getLong(3));
    }

    void addSwings(ResultSet row) throws SQLException {
        span(row);
        swings += row.getInt(4);
        for (int metric = 0; metric < SENSOR_METRICS; metric++) {
            int column = 5 + 3 * metric;
            swingSum[metric] += row.getDouble(column);
            swingCount[metric] += row.getInt(column + 1);
            swingMax[metric] = max(swingMax[metric], decimal(row, column + 2));
        }
    }

    void addEvents(ResultSet row) throws SQLException {
        span(row);
        events += row.getInt(4);
        exitVelocitySum += row.getDouble(5);
        exitVelocityCount += row.getInt(6);
        exitVelocityMax = max(exitVelocityMax, decimal(row, 7));
        launchAngleSum += row.getDouble(8);
        launchAngleCount += row.getInt(9);
        distanceSum += row.getDouble(10);
        distanceCount += row.getInt(11);
        hardHit += row.getInt(12);
    }

    void addPairs(ResultSet row) throws SQLException {
        span(row);
        pairs += row.getInt(4);
        smashFactorSum += row.getDouble(5);
        smashFactorCount += row.getInt(6);
        squaredUp += row.getInt(7);
        squaredUpJudged += row.getInt(8);
        attackMinusLaunchSum += row.getDouble(9);
        attackMinusLaunchCount += row.getInt(10);
    }

    private static Double max(Double so, Double next) {
        if (so == null) {
            return next;
        }
        return next == null ? so : Double.valueOf(Math.max(so, next));
    }

    private static Double mean(double sum, int count) {
        return count == 0 ? null : sum / count;
    }

    private static Double share(int some, int of) {
        return of == 0 ? null : (double) some / of;
    }

    private Double swingMean(int metric) {
        return mean(swingSum[metric], swingCount[metric]);
    }

    /** The stretch from its first row's time to its last's, with its aggregates. */
    Period period() {
        return new Period(Instant.ofEpochMilli(first), Instant.ofEpochMilli(last), new Aggregates(swings, events, pairs,
                swingMean(0), swingMax[0], swingMean(1), swingMax[1], swingMean(2), swingMax[2], swingMean(3), swingMax[3],
                swingMean(4), swingMax[4], mean(exitVelocitySum, exitVelocityCount), exitVelocityMax,
                mean(launchAngleSum, launchAngleCount), mean(distanceSum, distanceCount), share(hardHit, exitVelocityCount),
                mean(smashFactorSum, smashFactorCount), share(squaredUp, squaredUpJudged),
                mean(attackMinusLaunchSum, attackMinusLaunchCount)));
    }
}
