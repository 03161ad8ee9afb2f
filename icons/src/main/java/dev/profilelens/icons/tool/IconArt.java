package dev.profilelens.icons.tool;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws the app icon (the shapes of {@code src/art/profilelens.svg}) at any size. */
public final class IconArt {
    private static final Color CARD = Color.WHITE;
    private static final Color HEAD = new Color(0xC9D8F7);
    private static final Color LINE = new Color(0xE3EAFA);
    private static final Color LENS = new Color(0xF5A623);

    private IconArt() {
    }

    public static BufferedImage render(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 1024.0, size / 1024.0);
        g.setPaint(new GradientPaint(0, 64, new Color(0x3B7CF0), 0, 960, new Color(0x1C47A6)));
        g.fill(new RoundRectangle2D.Double(64, 64, 896, 896, 400, 400));
        g.setColor(CARD);
        g.fill(new RoundRectangle2D.Double(200, 224, 520, 600, 112, 112));
        g.setColor(HEAD);
        g.fill(new Ellipse2D.Double(258, 300, 144, 144));
        g.fill(new RoundRectangle2D.Double(430, 330, 220, 36, 36, 36));
        g.setColor(LINE);
        g.fill(new RoundRectangle2D.Double(430, 390, 160, 28, 28, 28));
        g.fill(new RoundRectangle2D.Double(260, 500, 400, 28, 28, 28));
        g.fill(new RoundRectangle2D.Double(260, 560, 340, 28, 28, 28));
        g.fill(new RoundRectangle2D.Double(260, 620, 380, 28, 28, 28));
        g.setColor(LENS);
        g.setStroke(new BasicStroke(72, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(740, 740, 860, 860));
        g.setColor(new Color(255, 255, 255, 90));
        g.fill(new Ellipse2D.Double(490, 490, 300, 300));
        g.setColor(LENS);
        g.setStroke(new BasicStroke(56));
        g.draw(new Ellipse2D.Double(490, 490, 300, 300));
        g.dispose();
        return img;
    }
}
