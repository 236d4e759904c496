package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.swinglink.ui.internal.parts.SprayPoints;
import org.swinglink.ui.internal.parts.SprayPoints.Point;

class SprayPointsTest {
    private static final double FEET = 0.05;

    @Test
    void givenABallStraightToCenter_thenItLandsOnTheYAxis() {
        Point p = SprayPoints.landing(300.0, 0.0).orElseThrow();
        assertEquals(0, p.x(), FEET);
        assertEquals(300, p.y(), FEET);
    }

    @Test
    void givenTheHitTraxSampleRow_thenTheLandingMatchesItsSprayChartColumns() {
        // jane-doe line 4: Dist 182, Horiz. Angle 12 -> Spray Chart X 37.8, Z 178.0
        Point p = SprayPoints.landing(182.0, 12.0).orElseThrow();
        assertEquals(37.8, p.x(), FEET);
        assertEquals(178.0, p.y(), FEET);
    }

    @Test
    void givenANegativeAngle_thenTheBallLandsInLeftField() {
        Point p = SprayPoints.landing(209.0, -32.0).orElseThrow();
        assertEquals(-110.8, p.x(), FEET);
        assertEquals(177.2, p.y(), FEET);
    }

    @Test
    void givenATakeOrAMissingValue_thenThereIsNoLanding() {
        assertTrue(SprayPoints.landing(0.0, 0.0).isEmpty());
        assertTrue(SprayPoints.landing(null, 10.0).isEmpty());
        assertTrue(SprayPoints.landing(200.0, null).isEmpty());
        assertTrue(SprayPoints.landing(Double.NaN, 10.0).isEmpty());
    }

    @Test
    void givenBalls_whenLandingsAreTaken_thenOnlyThoseWithADistanceCount() {
        List<double[]> balls = List.of(new double[] { 100, 10 }, new double[] { 0, 0 }, new double[] { 250, -20 });
        List<Point> points = SprayPoints.landings(balls, b -> b[0], b -> b[1]);
        assertEquals(2, points.size());
        assertEquals(250, Math.hypot(points.get(1).x(), points.get(1).y()), FEET);
    }

    @Test
    void whenAFoulLineIsDrawn_thenItRunsFromHomePlateAtFortyFiveDegrees() {
        List<Point> right = SprayPoints.foulLine(1, 300);
        assertEquals(new Point(0, 0), right.get(0));
        assertEquals(right.get(1).x(), right.get(1).y(), 1e-9);
        assertEquals(300, Math.hypot(right.get(1).x(), right.get(1).y()), 1e-9);
        List<Point> left = SprayPoints.foulLine(-1, 300);
        assertEquals(-right.get(1).x(), left.get(1).x(), 1e-9);
    }

    @Test
    void givenPoints_thenTheReachIsTheFarthestRoundedUpToFiftyFeet() {
        assertEquals(100, SprayPoints.reach(List.of()));
        assertEquals(350, SprayPoints.reach(List.of(new Point(0, 120), new Point(200, 250))));
    }

    @Test
    void givenAPlotArea_thenBothAxesHaveTheSameFeetPerPixelAndTheFieldFits() {
        double[] wide = SprayPoints.equalAspect(300, 800, 200);
        double[] tall = SprayPoints.equalAspect(300, 400, 600);
        for (double[] r : List.of(wide, tall)) {
            assertTrue(r[0] <= -300 + 1e-6 && r[1] >= 300 - 1e-6 && r[2] <= 0 && r[3] >= 300 - 1e-6, Arrays.toString(r));
        }
        assertEquals((wide[1] - wide[0]) / 800, (wide[3] - wide[2]) / 200, 1e-9);
        assertEquals((tall[1] - tall[0]) / 400, (tall[3] - tall[2]) / 600, 1e-9);
    }
}
