package org.connectedservice.ui.telemetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** The plot's pixels come out the same however the raster is split, resized or laid out for the layer image. */
class TraceRasterTest {

    private static final int BACKGROUND = 0xFFFFFF;
    private static final int GRID = 0xD4D4D4;
    private static final int TRACE = 0x1F77B4;

    @Test
    void halvesDrawnOnTwoThreadsGiveTheSamePictureAsOnePass() {
        Random random = new Random(11);
        int[][] traces = new int[20][];
        for (int t = 0; t < traces.length; t++) {
            traces[t] = randomPolyline(random, 301, 157);
        }
        TraceRaster whole = new TraceRaster(301, 157, 320, 170);
        draw(whole, traces);
        whole.transpose();

        TraceRaster split = new TraceRaster(301, 157, 320, 170);
        TraceRaster left = split.strip(0, 150);
        TraceRaster right = split.strip(150, 301);
        CompletableFuture<Void> rightDone = CompletableFuture.runAsync(() -> {
            draw(right, traces);
            right.transpose();
        });
        draw(left, traces);
        left.transpose();
        rightDone.join();

        assertArrayEquals(visible(whole), visible(split));
    }

    @Test
    void segmentsCrossingTheSplitAreDrawnOnBothSidesOfIt() {
        TraceRaster raster = new TraceRaster(100, 50, 100, 50);
        TraceRaster left = raster.strip(0, 50);
        TraceRaster right = raster.strip(50, 100);
        for (TraceRaster half : new TraceRaster[] { left, right }) {
            half.fill(BACKGROUND);
            half.polyline(new int[] { 10, 40, 90, 0 }, TRACE);
        }
        for (int x = 10; x <= 90; x++) {
            int column = x;
            assertTrue(countInColumn(raster, column, TRACE) > 0, () -> "column " + column + " has no line");
        }
    }

    @Test
    void rowsAreOpaqueAndLaidOutAtTheImageStride() {
        TraceRaster raster = new TraceRaster(5, 4, 8, 4);
        raster.fill(BACKGROUND);
        raster.rectangle(0, 2, 5, 1, GRID);
        raster.polyline(new int[] { 3, 0, 3, 3 }, TRACE);
        raster.transpose();
        int[] rows = raster.rows();
        assertEquals(0xFF000000 | BACKGROUND, rows[0]);
        assertEquals(0xFF000000 | GRID, rows[2 * 8 + 1], "the grid row sits at y * stride");
        assertEquals(0xFF000000 | TRACE, rows[1 * 8 + 3], "the vertical run is in column 3 of row 1");
        assertEquals(0xFF000000 | TRACE, rows[2 * 8 + 3], "the trace is drawn over the grid");
    }

    @Test
    void aResizedRasterDrawsAtItsNewSizeOnTheSameArrays() {
        TraceRaster big = new TraceRaster(60, 40, 64, 40);
        int[] arrays = big.rows();
        TraceRaster smaller = big.resized(57, 38);
        assertEquals(64, smaller.stride(), "rows keep the layer image's stride");
        smaller.fill(BACKGROUND);
        smaller.polyline(new int[] { 0, 37, 56, 0 }, TRACE);
        smaller.transpose();
        assertEquals(arrays, smaller.rows(), "a few pixels' change must not allocate new pixel arrays");
        assertEquals(TRACE, smaller.pixel(0, 37));
        assertEquals(TRACE, smaller.pixel(56, 0));
        assertEquals(0xFF000000 | TRACE, smaller.rows()[37 * 64]);

        TraceRaster larger = smaller.resized(80, 45);
        larger.fill(BACKGROUND);
        larger.polyline(new int[] { 79, 44, 79, 44 }, TRACE);
        assertEquals(TRACE, larger.pixel(79, 44), "a raster grown past its arrays draws to its new corner");
    }

    private static void draw(TraceRaster raster, int[][] traces) {
        raster.fill(BACKGROUND);
        for (int x = 0; x < raster.width(); x += 37) {
            raster.rectangle(x, 0, 1, raster.height(), GRID);
        }
        raster.rectangle(0, 80, raster.width(), 30, 0xFFECE4);
        for (int[] trace : traces) {
            raster.polyline(trace, TRACE);
        }
    }

    private static int[] randomPolyline(Random random, int width, int height) {
        int points = 40;
        int[] xy = new int[points * 2];
        for (int i = 0; i < points; i++) {
            xy[2 * i] = i * width / points + random.nextInt(5) - 2;
            xy[2 * i + 1] = random.nextInt(height + 20) - 10;
        }
        return xy;
    }

    private static int[] visible(TraceRaster raster) {
        int[] pixels = new int[raster.width() * raster.height()];
        for (int y = 0; y < raster.height(); y++) {
            System.arraycopy(raster.rows(), y * raster.stride(), pixels, y * raster.width(), raster.width());
        }
        return pixels;
    }

    private static int countInColumn(TraceRaster raster, int x, int rgb) {
        int n = 0;
        for (int y = 0; y < raster.height(); y++) {
            n += raster.pixel(x, y) == rgb ? 1 : 0;
        }
        return n;
    }
}
