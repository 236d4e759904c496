package org.swinglink.testing;

import java.util.ArrayList;
import java.util.List;

import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;

/** Keeps everything a source reads, for assertions. */
public final class CollectingSink implements RecordSink {
    public final List<BattedBallRecord> battedBalls = new ArrayList<>();
    public final List<SensorSwingRecord> swings = new ArrayList<>();
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
    public void rowProblem(RowProblem problem) {
        problems.add(problem);
    }
}
