package org.connectedservice.ui.telemetry;

import java.util.Arrays;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Draws the plot's bulk (background, grid, hysteresis bands, traces) into a pixel array in Java, then hands it to
 * the layer image (see {@link CairoLayer}). Reduced traces are mostly vertical runs (a column's min to max), and cairo
 * strokes each of the 50,000 segments of 20 traces as a path (30 to 80 ms a frame); here a run is one Arrays.fill in
 * a column-major buffer (row after row, the same runs took three times as long as drawing and transposing together).
 * {@link #transpose()} then lays the pixels out as the image they are copied into has them, rows {@code stride}
 * pixels apart, so the copy is a single block. A {@link #strip} draws and transposes only its own columns, so two
 * threads can share a frame. Lines are one pixel wide, without antialiasing. It touches no display.
 */
final class TraceRaster {

    /** Cairo's own byte order for 32-bit pixels on little-endian machines: blue, green, red, unused. */
    static final PaletteData CAIRO_ORDER = new PaletteData(0xFF00, 0xFF0000, 0xFF000000);
    private static final int OPAQUE = 0xFF000000;
    private static final int TILE = 32;

    private final int width;
    private final int height;
    private final int stride;
    /** Pixels as 0xRRGGBB, column after column: pixel (x, y) is at x * height + y. */
    private final int[] columns;
    /** The same pixels as opaque 0xFFRRGGBB, row after row, once transposed: pixel (x, y) is at y * stride + x. */
    private final int[] rows;
    /** The columns this raster draws in: all of them, or a strip's. */
    private final int clipFrom;
    private final int clipTo;
    private ImageData data;

    /** A raster for a plot of width x height whose rows go {@code stride} apart, with room for maxHeight rows. */
    TraceRaster(int width, int height, int stride, int maxHeight) {
        this(width, height, stride, new int[stride * maxHeight], new int[stride * maxHeight], 0, width);
    }

    private TraceRaster(int width, int height, int stride, int[] columns, int[] rows, int clipFrom, int clipTo) {
        if (stride < width || width * height > columns.length || stride * height > rows.length) {
            throw new IllegalArgumentException(width + " x " + height + " pixels do not fit rows " + stride
                    + " apart in " + rows.length);
        }
        this.width = width;
        this.height = height;
        this.stride = stride;
        this.columns = columns;
        this.rows = rows;
        this.clipFrom = clipFrom;
        this.clipTo = clipTo;
    }

    /** A raster of another size on the same pixel arrays, or on new ones when these are too small. */
    TraceRaster resized(int newWidth, int newHeight) {
        if (newWidth <= stride && stride * newHeight <= rows.length) {
            return new TraceRaster(newWidth, newHeight, stride, columns, rows, 0, newWidth);
        }
        return new TraceRaster(newWidth, newHeight, Math.max(stride, newWidth), newHeight);
    }

    /**
     * The same raster seen through columns [from, to): everything drawn through it is clipped to them, and it
     * transposes only them. Strips that do not overlap can be drawn and transposed on different threads.
     */
    TraceRaster strip(int from, int to) {
        return new TraceRaster(width, height, stride, columns, rows, Math.max(0, from), Math.min(width, to));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int stride() {
        return stride;
    }

    void fill(int rgb) {
        Arrays.fill(columns, clipFrom * height, clipTo * height, rgb);
    }

    /** A filled rectangle, clipped to the raster. */
    void rectangle(int x, int y, int w, int h, int rgb) {
        int x0 = Math.max(clipFrom, x);
        int x1 = Math.min(clipTo, x + w);
        int y0 = Math.max(0, y);
        int y1 = Math.min(height, y + h);
        for (int c = x0; c < x1 && y0 < y1; c++) {
            Arrays.fill(columns, c * height + y0, c * height + y1, rgb);
        }
    }

    /** A polyline of x,y pairs, one pixel wide: each segment covers, in every column it crosses, its y span there. */
    void polyline(int[] xy, int rgb) {
        if (xy.length == 2) {
            run(xy[0], xy[1], xy[1], rgb);
        }
        for (int i = 2; i + 1 < xy.length; i += 2) {
            segment(xy[i - 2], xy[i - 1], xy[i], xy[i + 1], rgb);
        }
    }

    private void segment(int xa, int ya, int xb, int yb, int rgb) {
        if (xa == xb) {
            run(xa, ya, yb, rgb);
            return;
        }
        if (xa > xb) {
            segment(xb, yb, xa, ya, rgb);
            return;
        }
        int from = Math.max(xa, clipFrom);
        int to = Math.min(xb, clipTo - 1);
        double slope = (double) (yb - ya) / (xb - xa);
        for (int x = from; x <= to; x++) {
            // the segment's y where it enters and leaves this column (half a pixel either side of its centre)
            double enter = ya + slope * Math.max(0, x - xa - 0.5);
            double leave = ya + slope * Math.min(xb - xa, x - xa + 0.5);
            run(x, (int) Math.round(enter), (int) Math.round(leave), rgb);
        }
    }

    private void run(int x, int ya, int yb, int rgb) {
        if (x < clipFrom || x >= clipTo) {
            return;
        }
        int y0 = Math.max(0, Math.min(ya, yb));
        int y1 = Math.min(height - 1, Math.max(ya, yb));
        if (y0 <= y1) {
            Arrays.fill(columns, x * height + y0, x * height + y1 + 1, rgb);
        }
    }

    /**
     * Lays this raster's columns out row after row, {@link #stride()} apart, as opaque 0xFFRRGGBB, in tiles so that
     * both arrays are read and written in cache-sized pieces.
     */
    void transpose() {
        for (int ty = 0; ty < height; ty += TILE) {
            int yEnd = Math.min(height, ty + TILE);
            for (int tx = clipFrom; tx < clipTo; tx += TILE) {
                int xEnd = Math.min(clipTo, tx + TILE);
                for (int x = tx; x < xEnd; x++) {
                    int from = x * height;
                    for (int y = ty; y < yEnd; y++) {
                        rows[y * stride + x] = OPAQUE | columns[from + y];
                    }
                }
            }
        }
    }

    /** The pixels as {@link #transpose()} left them; the array is shared with the next frame. */
    int[] rows() {
        return rows;
    }

    /** The transposed pixels as image data in cairo's byte order, for a new image where they cannot be copied in. */
    ImageData toImageData() {
        if (data == null) {
            data = new ImageData(width, height, 32, CAIRO_ORDER);
        }
        byte[] out = data.data;
        for (int y = 0; y < height; y++) {
            int o = y * data.bytesPerLine;
            for (int x = 0, i = y * stride; x < width; x++, i++) {
                int rgb = rows[i];
                out[o++] = (byte) rgb;
                out[o++] = (byte) (rgb >> 8);
                out[o++] = (byte) (rgb >> 16);
                out[o++] = 0;
            }
        }
        return data;
    }

    /** The colour of pixel (x, y), as 0xRRGGBB. */
    int pixel(int x, int y) {
        return columns[x * height + y];
    }
}
