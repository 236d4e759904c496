package org.swinglink.matching.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Builds batting-practice sessions with known truth: rounds of pitches at the real cadence of
 * {@link SwingCadence}, each pitch a batted ball (seen by both devices), a miss or dry swing (sensor
 * only) or a take (HitTrax only). HitTrax keeps milliseconds; the sensor clock is offset, jittered and
 * truncated to whole seconds like Blast's export. Within a visit the sensor clock may drift and be set
 * in steps ({@link SessionSpec#driftPpm()}, {@link SessionSpec#stepsPerVisit()}). Same seed, same
 * sessions; a spec without clock changes draws the same numbers as before they existed.
 */
public final class SessionGenerator {

    /** 2022-01-03T00:00:00Z, a Monday; sessions start on following days. */
    private static final long FIRST_DAY_EPOCH_MILLIS = 1_641_168_000_000L;
    private static final long DAY_MILLIS = 24 * 60 * 60 * 1000L;
    /** A team's players take turns, so one player's rounds come 4 to 20 minutes apart: one visit. */
    private static final long TEAM_MIN_TURN_MILLIS = 4 * 60_000L;
    private static final long TEAM_MAX_TURN_MILLIS = 20 * 60_000L;

    private final Random random;
    private final SwingCadence cadence;

    public SessionGenerator(long seed) {
        this.random = new Random(seed);
        this.cadence = new SwingCadence(random);
    }

    /** One practice session on a random day, starting between 08:00 and 20:00. */
    public GeneratedSession session(SessionSpec spec) {
        Recorder recorder = new Recorder(spec);
        recordSession(recorder, randomStart(random.nextInt(1000)));
        return recorder.finish();
    }

    /**
     * A long team session: one player's rounds at the real cadence, a turn of 4 to 20 minutes apart,
     * for {@code hours}; never a 30-minute pause, so it is one visit in which drift adds up.
     */
    public GeneratedSession teamSession(SessionSpec spec, double hours) {
        Recorder recorder = new Recorder(spec);
        long start = randomStart(random.nextInt(1000));
        long end = start + Math.round(hours * 3_600_000);
        recorder.beginVisit();
        long time = start;
        while (time < end) {
            time = recordRound(recorder, time);
            time += random.nextLong(TEAM_MIN_TURN_MILLIS, TEAM_MAX_TURN_MILLIS + 1);
        }
        recorder.endVisit(start);
        return recorder.finish();
    }

    /**
     * A long session of one player without breaks: a pitch every {@code minGapMillis} to
     * {@code maxGapMillis} for {@code hours}, one visit in which drift adds up and a step comes late.
     */
    public GeneratedSession steadySession(SessionSpec spec, double hours, long minGapMillis, long maxGapMillis) {
        Recorder recorder = new Recorder(spec);
        long start = randomStart(random.nextInt(1000));
        long end = start + Math.round(hours * 3_600_000);
        recorder.beginVisit();
        for (long time = start; time < end; time += random.nextLong(minGapMillis, maxGapMillis + 1)) {
            recorder.pitch(time);
        }
        recorder.endVisit(start);
        return recorder.finish();
    }

    /** Daily sessions until the sensor has recorded at least {@code minimumSwings}. */
    public GeneratedSession sessions(SessionSpec spec, int minimumSwings) {
        Recorder recorder = new Recorder(spec);
        for (int day = 0; recorder.swingCount() < minimumSwings; day++) {
            recordSession(recorder, randomStart(day));
        }
        return recorder.finish();
    }

    private long randomStart(int day) {
        return FIRST_DAY_EPOCH_MILLIS + day * DAY_MILLIS + 8 * 3_600_000L + (long) random.nextInt(12 * 3_600_000);
    }

    private void recordSession(Recorder recorder, long start) {
        recorder.beginVisit();
        long time = start;
        int rounds = cadence.roundsPerSession();
        for (int round = 0; round < rounds; round++) {
            time = recordRound(recorder, time);
            time += cadence.betweenRoundsMillis();
        }
        recorder.endVisit(start);
    }

    /** The time after the round's last pitch gap. */
    private long recordRound(Recorder recorder, long start) {
        long time = start;
        int pitches = cadence.swingsPerRound();
        for (int pitch = 0; pitch < pitches; pitch++) {
            recorder.pitch(time);
            time += cadence.withinRoundGapMillis();
        }
        return time;
    }

    /** Collects the pitches of one generated recording. */
    private final class Recorder {

        private final SessionSpec spec;
        private final double sensorOnlyChance;
        private final double hitTraxOnlyChance;
        private long[] events = new long[64];
        private long[] swings = new long[64];
        /** HitTrax time of each swing, until its visit's clock turns it into sensor time. */
        private long[] swingsHitTrax = new long[64];
        private int[] eventOfSwing = new int[64];
        private int eventCount;
        private int swingCount;
        private int visitFirstSwing;
        private long lastPitchTime;

        Recorder(SessionSpec spec) {
            this.spec = spec;
            // Chances per pitch that give the requested fractions of swings and of events.
            double sensorOnlyPerPaired = spec.sensorOnlyRate() / (1 - spec.sensorOnlyRate());
            double hitTraxOnlyPerPaired = spec.hitTraxOnlyRate() / (1 - spec.hitTraxOnlyRate());
            double paired = 1 / (1 + sensorOnlyPerPaired + hitTraxOnlyPerPaired);
            this.sensorOnlyChance = paired * sensorOnlyPerPaired;
            this.hitTraxOnlyChance = paired * hitTraxOnlyPerPaired;
        }

        int swingCount() {
            return swingCount;
        }

        void beginVisit() {
            visitFirstSwing = swingCount;
        }

        /** Sets the visit's swings on the sensor clock: offset, drift since the start, steps. */
        void endVisit(long start) {
            long end = Math.max(start, lastPitchTime);
            long[] stepTimes = new long[spec.stepsPerVisit()];
            long[] stepSizes = new long[spec.stepsPerVisit()];
            for (int i = 0; i < stepTimes.length; i++) {
                stepTimes[i] = random.nextLong(start, end + 1);
                long size = random.nextLong(spec.minStepMillis(), spec.maxStepMillis() + 1);
                stepSizes[i] = random.nextBoolean() ? size : -size;
            }
            for (int s = visitFirstSwing; s < swingCount; s++) {
                long hitTraxTime = swingsHitTrax[s];
                double offset = spec.offsetMillis() + spec.driftPpm() * 1e-6 * (hitTraxTime - start);
                for (int i = 0; i < stepTimes.length; i++) {
                    if (hitTraxTime >= stepTimes[i]) {
                        offset += stepSizes[i];
                    }
                }
                long sensorTime = swings[s] - Math.round(offset);
                swings[s] = Math.floorDiv(sensorTime, 1000) * 1000;
            }
        }

        void pitch(long hitTraxTime) {
            lastPitchTime = hitTraxTime;
            double kind = random.nextDouble();
            if (kind < sensorOnlyChance) {
                addSwing(hitTraxTime, -1);
            } else if (kind < sensorOnlyChance + hitTraxOnlyChance) {
                addEvent(hitTraxTime);
            } else {
                addSwing(hitTraxTime, addEvent(hitTraxTime));
            }
        }

        private int addEvent(long time) {
            if (eventCount == events.length) {
                events = Arrays.copyOf(events, eventCount * 2);
            }
            events[eventCount] = time;
            return eventCount++;
        }

        private void addSwing(long hitTraxTime, int event) {
            if (swingCount == swings.length) {
                swings = Arrays.copyOf(swings, swingCount * 2);
                swingsHitTrax = Arrays.copyOf(swingsHitTrax, swingCount * 2);
                eventOfSwing = Arrays.copyOf(eventOfSwing, swingCount * 2);
            }
            long jitter = spec.jitterMillis() == 0 ? 0
                    : random.nextLong(-spec.jitterMillis(), spec.jitterMillis() + 1);
            // The clock is applied when the visit ends, once its length is known for the steps.
            swings[swingCount] = hitTraxTime + jitter;
            swingsHitTrax[swingCount] = hitTraxTime;
            eventOfSwing[swingCount] = event;
            swingCount++;
        }

        /** Swings come out newest first, as Blast exports them. */
        GeneratedSession finish() {
            long[] swingsNewestFirst = new long[swingCount];
            int[] truth = new int[swingCount];
            for (int i = 0; i < swingCount; i++) {
                swingsNewestFirst[i] = swings[swingCount - 1 - i];
                truth[i] = eventOfSwing[swingCount - 1 - i];
            }
            return new GeneratedSession(Arrays.copyOf(events, eventCount), swingsNewestFirst, truth);
        }
    }
}
