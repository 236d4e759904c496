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
     * Takes a batted-ball event together with the swing the tracker's own export paired it with, as
     * when HitTrax writes a linked Diamond Kinetics sensor's metrics into its rows. SwingLink stores
     * both and keeps them paired as the file says (a time difference of 0, pairing method "in file");
     * pairing by time leaves the event and the swing alone.
     * <p>
     * The default hands both on unpaired, so a sink written before this method loses no row.
     *
     * @param event      the event
     * @param swing      the swing, timed by the tracker's clock (the event's time)
     * @param sensorType the id of the source that reads the sensor's own exports, such as
     *                   {@code "diamond_kinetics"}: stored as the swing's sensor type, so that its
     *                   swings are compared with that sensor's and not the tracker's
     * @since 1.1
     */
    default void pairedInFile(BattedBallRecord event, SensorSwingRecord swing, String sensorType) {
        battedBall(event);
        sensorSwing(swing);
    }

    /**
     * Takes a row that could not be read; the source goes on with the next row.
     *
     * @param problem where and why
     */
    void rowProblem(RowProblem problem);
}
