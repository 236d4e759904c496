package org.swinglink.testing;

import java.util.ArrayList;
import java.util.List;

import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;

/**
 * Keeps everything a source reads, for assertions. A pair the file made itself goes to
 * {@link #pairs}, and its event and swing also to {@link #battedBalls} and {@link #swings}.
 */
public final class CollectingSink implements RecordSink {
    /** An event and the swing its own file paired it with. */
    public record InFilePair(BattedBallRecord event, SensorSwingRecord swing, String sensorType) {
    }

    public final List<BattedBallRecord> battedBalls = new ArrayList<>();
    public final List<SensorSwingRecord> swings = new ArrayList<>();
    public final List<InFilePair> pairs = new ArrayList<>();
    public final List<RowProblem> problems = new ArrayList<>();

    @Override
    public void battedBall(BattedBallRecord record) {
        battedBalls.add(record);
    }

    @Override
    public void sensorSwing(SensorSwingRecord record) {
        swings.add(record);
    }

    @Override
    public void pairedInFile(BattedBallRecord event, SensorSwingRecord swing, String sensorType) {
        battedBalls.add(event);
        swings.add(swing);
        pairs.add(new InFilePair(event, swing, sensorType));
    }

    @Override
    public void rowProblem(RowProblem problem) {
        problems.add(problem);
    }
}
