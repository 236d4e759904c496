import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws SwingLink's icon, a baseball crossed by a bat on a blue rounded square, and writes it as
 * PNGs (product/icons/swinglink-SIZE.png) and as the macOS app's icon (product/macos/SwingLink.icns).
 * Run from the repository's folder: {@code java scripts/make-icon.java}. Every size is drawn anew
 * rather than scaled down, so the small ones keep sharp edges and leave out the stitches they cannot show.
 */
public class MakeIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512, 1024};
    /** ICNS entry types holding PNG data, by the size of their image. */
    private static final Map<Integer, String> ICNS_TYPES = new LinkedHashMap<>();
    static {
        ICNS_TYPES.put(16, "icp4");
        ICNS_TYPES.put(32, "icp5");
        ICNS_TYPES.put(64, "icp6");
        ICNS_TYPES.put(128, "ic07");
        ICNS_TYPES.put(256, "ic08");
        ICNS_TYPES.put(512, "ic09");
        ICNS_TYPES.put(1024, "ic10");
    }

    private static final Color SKY_TOP = new Color(0x3B82F6);
    private static final Color SKY_BOTTOM = new Color(0x1E3A8A);
    private static final Color STITCH_RED = new Color(0xD62828);
    private static final Color WOOD_LIGHT = new Color(0xF2C37E);
    private static final Color WOOD_DARK = new Color(0xC17F3A);
    private static final Color GRIP = new Color(0x1F2937);

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        if (!Files.isDirectory(root.resolve("product"))) {
            throw new IllegalArgumentException("Run it from SwingLink's folder (or name it): no product/ in " + root.toAbsolutePath());
        }
        Path icons = Files.createDirectories(root.resolve("product/icons"));
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            byte[] png = png(draw(size));
            pngs.put(size, png);
            Files.write(icons.resolve("swinglink-" + size + ".png"), png);
        }
        Path icns = root.resolve("product/macos/SwingLink.icns");
        Files.write(icns, icns(pngs));
        System.out.println("Wrote " + SIZES.length + " PNGs to " + icons + " and " + icns);
    }

    /** The icon drawn at one size, on a 1024-unit canvas scaled to it. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 1024.0, size / 1024.0);
        boolean small = size <= 32;
        // macOS's grid leaves a tenth around the square; small icons (title bars, lists) use the room.
        double margin = size <= 64 ? 24 : 100;
        background(g, margin);
        bat(g, small);
        ball(g, small, size <= 64);
        g.dispose();
        return image;
    }

    private static void background(Graphics2D g, double margin) {
        double side = 1024 - 2 * margin;
        Shape square = new RoundRectangle2D.Double(margin, margin, side, side, side * 0.45, side * 0.45);
        g.setPaint(new GradientPaint(0, (float) margin, SKY_TOP, 0, (float) (1024 - margin), SKY_BOTTOM));
        g.fill(square);
    }

    /** The bat, knob at the lower left and barrel at the upper right, drawn along the x axis and turned. */
    private static void bat(Graphics2D g, boolean small) {
        AffineTransform saved = g.getTransform();
        g.translate(206, 818);
        g.rotate(Math.toRadians(-45));
        double length = 830;
        double handle = small ? 54 : 40;
        double barrel = small ? 130 : 118;
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(40, -handle / 2);
        outline.lineTo(length * 0.42, -handle / 2);
        outline.curveTo(length * 0.62, -handle / 2, length * 0.64, -barrel / 2, length * 0.78, -barrel / 2);
        outline.lineTo(length - barrel / 2, -barrel / 2);
        outline.append(new Arc2D.Double(length - barrel, -barrel / 2, barrel, barrel, 90, -180, Arc2D.OPEN), true);
        outline.lineTo(length * 0.78, barrel / 2);
        outline.curveTo(length * 0.64, barrel / 2, length * 0.62, handle / 2, length * 0.42, handle / 2);
        outline.lineTo(40, handle / 2);
        outline.closePath();
        g.setPaint(new GradientPaint(0, (float) -barrel / 2, WOOD_LIGHT, 0, (float) barrel / 2, WOOD_DARK));
        g.fill(outline);
        if (!small) { // the grip tape and the knob
            g.setColor(GRIP);
            g.fill(new RoundRectangle2D.Double(40, -handle / 2 - 3, 190, handle + 6, 12, 12));
        }
        double knob = small ? 84 : 76;
        g.setColor(small ? WOOD_DARK : GRIP);
        g.fill(new RoundRectangle2D.Double(10, -knob / 2, 44, knob, 30, 30));
        g.setTransform(saved);
    }

    /** The ball in front of the bat, leaning on it: white, shaded at its edge, with two red seams. */
    private static void ball(Graphics2D g, boolean small, boolean plain) {
        double cx = 632, cy = 632, r = small ? 232 : 204;
        g.setColor(new Color(0, 0, 0, 70)); // its shadow on the square
        g.fill(new Ellipse2D.Double(cx - r + 10, cy - r + 26, 2 * r, 2 * r));
        Shape ball = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - r * 0.35, cy - r * 0.4), (float) (r * 1.5),
                new float[] {0f, 0.6f, 1f}, new Color[] {Color.WHITE, new Color(0xF1F3F6), new Color(0xBFC7D2)}));
        g.fill(ball);

        AffineTransform saved = g.getTransform();
        Shape savedClip = g.getClip();
        g.clip(ball);
        g.translate(cx, cy);
        g.rotate(Math.toRadians(-35));
        // Each seam is part of a circle whose centre lies outside the ball, so it bows towards the middle.
        double seamRadius = r * 0.92;
        double offset = r * 1.42;
        float seamWidth = (float) (small ? r * 0.16 : plain ? r * 0.1 : r * 0.05);
        g.setColor(STITCH_RED);
        g.setStroke(new BasicStroke(seamWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side : new int[] {-1, 1}) {
            double centre = side * offset;
            g.draw(new Ellipse2D.Double(centre - seamRadius, -seamRadius, 2 * seamRadius, 2 * seamRadius));
            if (!plain) {
                stitches(g, centre, seamRadius, side, r);
            }
        }
        g.setClip(savedClip);
        g.setTransform(saved);
    }

    /** The V-shaped stitches along a seam, pointing along it, where the seam lies on the ball. */
    private static void stitches(Graphics2D g, double centre, double seamRadius, int side, double r) {
        g.setStroke(new BasicStroke((float) (r * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double reach = r * 0.11;
        for (int i = -5; i <= 5; i++) {
            double angle = Math.toRadians(side > 0 ? 180 + i * 9.5 : i * 9.5);
            double x = centre + seamRadius * Math.cos(angle);
            double y = seamRadius * Math.sin(angle);
            if (Math.hypot(x, y) > r * 0.93) {
                continue;
            }
            double nx = Math.cos(angle), ny = Math.sin(angle); // across the seam
            double tx = -ny, ty = nx; // along it
            Path2D.Double v = new Path2D.Double();
            v.moveTo(x - nx * reach - tx * reach * 0.6, y - ny * reach - ty * reach * 0.6);
            v.lineTo(x, y);
            v.lineTo(x + nx * reach - tx * reach * 0.6, y + ny * reach - ty * reach * 0.6);
            g.draw(v);
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("This Java has no PNG writer");
        }
        return bytes.toByteArray();
    }

    /** The ICNS file: 'icns' and the whole length, then per image its type, its length (header included) and its PNG. */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(entries);
        for (Map.Entry<Integer, String> type : ICNS_TYPES.entrySet()) {
            byte[] png = pngs.get(type.getKey());
            out.writeBytes(type.getValue());
            out.writeInt(8 + png.length);
            out.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + entries.size());
        header.write(entries.toByteArray());
        return file.toByteArray();
    }
}
