package org.swinglink.source.api;

/** Receives what a {@link SwingSource} reads from a file, one row at a time. */
public interface RecordSink {

    /**
     * Takes a batted-ball event (a pitch as logged by a ball tracker).
     *
     * @param record the event
     */
    void battedBall(BattedBallRecord record);

    /**
     * Takes a swing as recorded by a bat sensor.
     *
     * @param record the swing
     */
    void sensorSwing(SensorSwingRecord record);

    /**
     * Takes a row that could not be read; the source goes on with the next row.
     *
     * @param problem where and why
     */
    void rowProblem(RowProblem problem);
}
