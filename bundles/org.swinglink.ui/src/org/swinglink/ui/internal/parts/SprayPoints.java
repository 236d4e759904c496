package org.swinglink.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where batted balls land on a field seen from above: home plate at the origin, y towards center
 * field, x towards right field, in the unit of the distances (feet). HitTrax gives the distance and
 * the horizontal angle from the line to center field (negative to left field).
 */
public final class SprayPoints {
    /** The foul lines run at 45 degrees either side of the line to center field. */
    public static final double FOUL_LINE_DEGREES = 45.0;

    private SprayPoints() {
    }

    /** A point on the field. */
    public record Point(double x, double y) {
    }

    /** The landing point, or empty when the ball has no distance or angle (a take, a miss). */
    public static Optional<Point> landing(Double distance, Double horizontalAngleDegrees) {
        if (distance == null || horizontalAngleDegrees == null || distance <= 0
                || !Double.isFinite(distance) || !Double.isFinite(horizontalAngleDegrees)) {
            return Optional.empty();
        }
        double radians = Math.toRadians(horizontalAngleDegrees);
        return Optional.of(new Point(distance * Math.sin(radians), distance * Math.cos(radians)));
    }

    /** From home plate out to {@code length} along the foul line on the right (+1) or left (-1). */
    public static List<Point> foulLine(int side, double length) {
        Point end = landing(length, Math.signum(side) * FOUL_LINE_DEGREES).orElseThrow();
        return List.of(new Point(0, 0), end);
    }

    /**
     * How far the chart must reach so every point and the foul lines up to the farthest ball fit,
     * rounded up to 50 ft, at least 100 ft (so an empty chart still looks like a field).
     */
    public static double reach(List<Point> points) {
        double farthest = 0;
        for (Point p : points) {
            farthest = Math.max(farthest, Math.hypot(p.x(), p.y()));
        }
        return Math.max(100, Math.ceil(farthest / 50.0) * 50);
    }

    /**
     * Axis ranges showing {@code [-reach, reach]} across and {@code [0, reach]} up (and a little below home plate) in a plot area of
     * {@code width} x {@code height} pixels with the same feet per pixel both ways, so the field is
     * not squashed: the axis with room to spare is widened around its centre.
     *
     * @return {xMin, xMax, yMin, yMax}
     */
    public static double[] equalAspect(double reach, int width, int height) {
        double yMin = -0.05 * reach; // a little room below home plate
        double xSpan = 2 * reach;
        double ySpan = reach - yMin;
        if (width > 0 && height > 0) {
            double feetPerPixel = Math.max(xSpan / width, ySpan / height);
            xSpan = feetPerPixel * width;
            ySpan = feetPerPixel * height;
        }
        return new double[] { -xSpan / 2, xSpan / 2, yMin, yMin + ySpan };
    }

    /** x and y of the points as the two arrays a chart series takes. */
    public static double[][] arrays(List<Point> points) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = points.get(i).x();
            ys[i] = points.get(i).y();
        }
        return new double[][] { xs, ys };
    }

    /** The landing points of those balls that have one, in their order. */
    public static <B> List<Point> landings(List<B> balls, Function<B, Double> distance, Function<B, Double> angle) {
        List<Point> points = new ArrayList<>();
        for (B ball : balls) {
            landing(distance.apply(ball), angle.apply(ball)).ifPresent(points::add);
        }
        return points;
    }
}
