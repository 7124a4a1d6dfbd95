package com.migrationhub.app.ui.dependencies;

import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * An opaque ARGB pixel buffer that {@link GraphCanvas} draws its edges and nodes into with plain
 * integer arithmetic, then shows as one image: tens of thousands of lines and discs cost a few
 * milliseconds this way, where the canvas's vector path (stroked by the software pipeline's
 * rasterizer) took seconds a frame. Lines are one pixel wide (two for emphasis) and blended with
 * an alpha; discs are stamped from coverage masks cached per radius, so their edges are smooth.
 */
final class PixelRaster {
    private final int width;
    private final int height;
    private final int[] pixels;
    private final PixelBuffer<IntBuffer> buffer;
    private final WritableImage image;
    private final Map<Integer, Mask> discs = new HashMap<>();
    private final Map<Integer, Mask> diamonds = new HashMap<>();

    PixelRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        IntBuffer ints = IntBuffer.allocate(this.width * this.height);
        this.pixels = ints.array();
        this.buffer = new PixelBuffer<>(this.width, this.height, ints, PixelFormat.getIntArgbPreInstance());
        this.image = new WritableImage(buffer);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The image showing the buffer; call {@link #publish()} after drawing. */
    WritableImage image() {
        return image;
    }

    /** Tells JavaFX the whole buffer changed. */
    void publish() {
        buffer.updateBuffer(b -> null);
    }

    static int rgb(Color c) {
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    void clear(int rgb) {
        java.util.Arrays.fill(pixels, rgb);
    }

    private void blend(int i, int rgb, int alpha) {
        if (alpha >= 256) {
            pixels[i] = rgb;
            return;
        }
        int d = pixels[i];
        int dr = (d >> 16) & 0xFF;
        int dg = (d >> 8) & 0xFF;
        int db = d & 0xFF;
        dr += (((rgb >> 16) & 0xFF) - dr) * alpha >> 8;
        dg += (((rgb >> 8) & 0xFF) - dg) * alpha >> 8;
        db += ((rgb & 0xFF) - db) * alpha >> 8;
        pixels[i] = 0xFF000000 | (dr << 16) | (dg << 8) | db;
    }

    /**
     * A line from (x0, y0) to (x1, y1), clipped to the buffer; {@code alpha} 0-256; dashed: 4 on,
     * 3 off; thick: two pixels wide.
     */
    void line(double x0, double y0, double x1, double y1, int rgb, int alpha, boolean dashed, boolean thick) {
        // Liang-Barsky clipping to [0, width - 1] x [0, height - 1]
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, width - 1 - x0, y0, height - 1 - y0};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    if (t > t1) {
                        return;
                    }
                    t0 = Math.max(t0, t);
                } else {
                    if (t < t0) {
                        return;
                    }
                    t1 = Math.min(t1, t);
                }
            }
        }
        double ax = x0 + t0 * dx;
        double ay = y0 + t0 * dy;
        double bx = x0 + t1 * dx;
        double by = y0 + t1 * dy;
        double ex = bx - ax;
        double ey = by - ay;
        int steps = (int) Math.ceil(Math.max(Math.abs(ex), Math.abs(ey)));
        boolean steep = Math.abs(ey) > Math.abs(ex);
        if (steps == 0) {
            blend(clampY(ay) * width + clampX(ax), rgb, alpha);
            return;
        }
        double sx = ex / steps;
        double sy = ey / steps;
        double x = ax + 0.5;
        double y = ay + 0.5;
        if (!dashed && !thick) {
            for (int k = 0; k <= steps; k++, x += sx, y += sy) {
                int px = (int) x;
                int py = (int) y;
                if (px >= 0 && py >= 0 && px < width && py < height) {
                    blend(py * width + px, rgb, alpha);
                }
            }
            return;
        }
        for (int k = 0; k <= steps; k++, x += sx, y += sy) {
            if (dashed && k % 7 >= 4) {
                continue;
            }
            int px = (int) x;
            int py = (int) y;
            if (px < 0 || py < 0 || px >= width || py >= height) {
                continue;
            }
            blend(py * width + px, rgb, alpha);
            if (thick) {
                if (steep) {
                    if (px + 1 < width) {
                        blend(py * width + px + 1, rgb, alpha);
                    }
                } else if (py + 1 < height) {
                    blend((py + 1) * width + px, rgb, alpha);
                }
            }
        }
    }

    private int clampX(double x) {
        return Math.max(0, Math.min(width - 1, (int) x));
    }

    private int clampY(double y) {
        return Math.max(0, Math.min(height - 1, (int) y));
    }

    /** A filled square of half-side {@code r} centred on (x, y). */
    void square(double x, double y, double r, int rgb, int alpha) {
        int x0 = Math.max(0, (int) Math.floor(x - r + 0.5));
        int x1 = Math.min(width - 1, (int) Math.floor(x + r - 0.5));
        int y0 = Math.max(0, (int) Math.floor(y - r + 0.5));
        int y1 = Math.min(height - 1, (int) Math.floor(y + r - 0.5));
        for (int py = y0; py <= y1; py++) {
            int row = py * width;
            if (alpha >= 256) {
                if (x0 <= x1) {
                    java.util.Arrays.fill(pixels, row + x0, row + x1 + 1, rgb);
                }
                continue;
            }
            for (int px = x0; px <= x1; px++) {
                blend(row + px, rgb, alpha);
            }
        }
    }

    /** A smooth disc (or, for external endpoints, a diamond) of radius {@code r} centred on (x, y). */
    void disc(double x, double y, double r, boolean diamond, int rgb, int alpha) {
        int key = (int) Math.round(r * 4);
        Mask mask = (diamond ? diamonds : discs).computeIfAbsent(key, k -> new Mask(k / 4.0, diamond));
        int size = mask.size;
        int half = size / 2;
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        for (int my = 0; my < size; my++) {
            int py = cy - half + my;
            if (py < 0 || py >= height) {
                continue;
            }
            int row = py * width;
            int from = mask.fullFrom[my];
            int to = mask.fullTo[my];
            // the inside of the row in one go, the smooth rim pixel by pixel
            if (from <= to) {
                int a = Math.max(0, cx - half + from);
                int b = Math.min(width - 1, cx - half + to);
                if (alpha >= 256) {
                    if (a <= b) {
                        java.util.Arrays.fill(pixels, row + a, row + b + 1, rgb);
                    }
                } else {
                    for (int px = a; px <= b; px++) {
                        blend(row + px, rgb, alpha);
                    }
                }
            }
            int[] rim = mask.rim[my];
            for (int i = 0; i < rim.length; i += 2) {
                int px = cx - half + rim[i];
                if (px >= 0 && px < width) {
                    blend(row + px, rgb, rim[i + 1] * alpha >> 8);
                }
            }
        }
    }

    /** The coverage of a disc or diamond: per row, the span fully inside and the rim pixels with their cover. */
    private static final class Mask {
        final int size;
        final int[] fullFrom;
        final int[] fullTo;
        final int[][] rim;

        Mask(double r, boolean diamond) {
            int[] cover = mask(r, diamond);
            size = (int) Math.round(Math.sqrt(cover.length));
            fullFrom = new int[size];
            fullTo = new int[size];
            rim = new int[size][];
            for (int y = 0; y < size; y++) {
                int from = -1;
                int to = -2;
                for (int x = 0; x < size; x++) {
                    if (cover[y * size + x] >= 256) {
                        if (from < 0) {
                            from = x;
                        }
                        to = x;
                    }
                }
                fullFrom[y] = from < 0 ? 1 : from;
                fullTo[y] = from < 0 ? 0 : to;
                java.util.List<Integer> r2 = new java.util.ArrayList<>();
                for (int x = 0; x < size; x++) {
                    int c = cover[y * size + x];
                    boolean inside = from >= 0 && x >= from && x <= to;
                    if (c > 0 && !inside) {
                        r2.add(x);
                        r2.add(c);
                    }
                }
                rim[y] = r2.stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private static int[] mask(double r, boolean diamond) {
        int half = (int) Math.ceil(r) + 1;
        int size = half * 2 + 1;
        int[] m = new int[size * size];
        for (int my = 0; my < size; my++) {
            for (int mx = 0; mx < size; mx++) {
                double dx = mx - half;
                double dy = my - half;
                double d = diamond ? (Math.abs(dx) + Math.abs(dy)) / Math.sqrt(2) * 1.15 : Math.hypot(dx, dy);
                double cover = Math.max(0, Math.min(1, r + 0.5 - d));
                m[my * size + mx] = (int) Math.round(cover * 256);
            }
        }
        return m;
    }
}
