package org.swinglink.matching.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Builds batting-practice sessions with known truth: rounds of pitches at the real cadence of
 * {@link SwingCadence}, each pitch a batted ball (seen by both devices), a miss or dry swing (sensor
 * only) or a take (HitTrax only). HitTrax keeps milliseconds; the sensor clock is offset, jittered and
 * truncated to whole seconds like Blast's export. Same seed, same sessions.
 */
public final class SessionGenerator {

    /** 2022-01-03T00:00:00Z, a Monday; sessions start on following days. */
    private static final long FIRST_DAY_EPOCH_MILLIS = 1_641_168_000_000L;
    private static final long DAY_MILLIS = 24 * 60 * 60 * 1000L;

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
        long time = start;
        int rounds = cadence.roundsPerSession();
        for (int round = 0; round < rounds; round++) {
            int pitches = cadence.swingsPerRound();
            for (int pitch = 0; pitch < pitches; pitch++) {
                recorder.pitch(time);
                time += cadence.withinRoundGapMillis();
            }
            time += cadence.betweenRoundsMillis();
        }
    }

    /** Collects the pitches of one generated recording. */
    private final class Recorder {

        private final SessionSpec spec;
        private final double sensorOnlyChance;
        private final double hitTraxOnlyChance;
        private long[] events = new long[64];
        private long[] swings = new long[64];
        private int[] eventOfSwing = new int[64];
        private int eventCount;
        private int swingCount;

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

        void pitch(long hitTraxTime) {
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
                eventOfSwing = Arrays.copyOf(eventOfSwing, swingCount * 2);
            }
            long jitter = spec.jitterMillis() == 0 ? 0
                    : random.nextLong(-spec.jitterMillis(), spec.jitterMillis() + 1);
            long sensorTime = hitTraxTime - spec.offsetMillis() + jitter;
            swings[swingCount] = Math.floorDiv(sensorTime, 1000) * 1000;
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
