package org.swinglink.source.hittrax.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Sources;

/** How sure the HitTrax source is, judged from the start of a file only. */
class HitTraxConfidenceTest {
    private static SwingSource hittrax;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        hittrax = Sources.await("hittrax");
    }

    @ParameterizedTest
    @ValueSource(strings = { "hittrax/jane-doe-2024-10-14.csv", "hittrax/doe-jane-crlf.csv",
            "hittrax/2018-with-sensor-columns.csv", "invalid/hittrax-header-only.csv" })
    void givenAHitTraxExport_thenItIsClaimedWithHighConfidence(String fixture) throws Exception {
        int confidence = hittrax.confidence(FileSample.of(SourceFile.of(Fixtures.copy(fixture, folder))));

        assertTrue(confidence >= 90, fixture + " got " + confidence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "invalid/empty.csv", "invalid/grocery-list.csv" })
    void givenAFileOfAnotherKind_thenItIsNotClaimed(String fixture) throws Exception {
        assertEquals(0, hittrax.confidence(FileSample.of(SourceFile.of(Fixtures.copy(fixture, folder)))));
    }

    @Test
    void givenABlastExportNamedLikeHitTrax_thenItIsNotClaimed() {
        FileSample blast = new FileSample("hittrax-session.csv", List.of(
                "Date,Equipment,Handedness,\"Swing Details\",\"Plane Score\",\"Connection Score\",\"Rotation Score\",\"Bat Speed (mph)\",\"Rotational Acceleration (g)\",\"On Plane Efficiency (%)\",\"Attack Angle (deg)\",\"Early Connection (deg)\",\"Connection at Impact (deg)\",\"Vertical Bat Angle (deg)\",\"Power (kW)\",\"Time to Contact (sec)\",\"Peak Hand Speed (mph)\",\"Exit Velocity (mph)\",\"Launch Angle (deg)\",\"Estimated Distance (feet)\"",
                "\"Oct 04, 2023 09:38:37 am\",Bat,Left,\"Live Pitch\",61,65,64,71.6,18.6,78,5,99,86,-47,4.67,0.14,21.5,,,"));

        assertEquals(0, hittrax.confidence(blast));
    }
}
