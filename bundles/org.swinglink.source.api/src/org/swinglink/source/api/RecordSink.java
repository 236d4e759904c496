package org.swinglink.source.api;

/** Receives what a {@link SwingSource} reads from a file, one row at a time. */
public interface RecordSink {

    /** A batted-ball event (a pitch as logged by a ball tracker). */
    void battedBall(BattedBallRecord record);

    /** A swing as recorded by a bat sensor. */
    void sensorSwing(SensorSwingRecord record);

    /** A row that could not be read; the source goes on with the next row. */
    void rowProblem(RowProblem problem);
}
