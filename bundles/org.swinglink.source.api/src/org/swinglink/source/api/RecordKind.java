package org.swinglink.source.api;

/** What a {@link SwingSource} produces from its files. */
public enum RecordKind {
    /** Batted-ball events from a ball tracker such as HitTrax: {@link BattedBallRecord}s. */
    BATTED_BALL_EVENTS,
    /** Swings from a bat sensor such as Blast or Diamond Kinetics: {@link SensorSwingRecord}s. */
    SENSOR_SWINGS
}
