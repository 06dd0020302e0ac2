package org.connectedservice.ui.telemetry;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.eclipse.swt.graphics.Image;

/**
 * Copies a frame's pixels straight into the cairo image behind an SWT image on GTK, so the plot's layer is made once
 * and refilled every frame. new Image(display, imageData) converts pixel by pixel (11 ms for a 1121 x 684 plot on the
 * build machine, most of a frame); this is one memory copy per row. It uses SWT's GTK internals by reflection, and
 * only when the image is a 32-bit cairo image surface of the expected size; anywhere else (Windows, a scaled display,
 * another SWT) {@link #available()} is false and the painter makes a new image per frame, as SWT intends.
 */
final class PixelUpload {

    /** CAIRO_FORMAT_ARGB32 and CAIRO_FORMAT_RGB24: 32 bits a pixel in native byte order (opaque pixels fit both). */
    private static final int CAIRO_ARGB32 = 0;
    private static final int CAIRO_RGB24 = 1;

    private final Field surface;
    private final Method data;
    private final Method stride;
    private final Method format;
    private final Method width;
    private final Method height;
    private final Method flush;
    private final Method markDirty;
    private final Method copy;

    private PixelUpload(Class<?> cairo, Class<?> memory) throws ReflectiveOperationException {
        surface = Image.class.getField("surface");
        data = cairo.getMethod("cairo_image_surface_get_data", long.class);
        stride = cairo.getMethod("cairo_image_surface_get_stride", long.class);
        format = cairo.getMethod("cairo_image_surface_get_format", long.class);
        width = cairo.getMethod("cairo_image_surface_get_width", long.class);
        height = cairo.getMethod("cairo_image_surface_get_height", long.class);
        flush = cairo.getMethod("cairo_surface_flush", long.class);
        markDirty = cairo.getMethod("cairo_surface_mark_dirty", long.class);
        copy = memory.getMethod("memmove", long.class, int[].class, long.class);
    }

    /** The GTK way in, or null where SWT is not GTK's. */
    static PixelUpload find() {
        try {
            return new PixelUpload(Class.forName("org.eclipse.swt.internal.cairo.Cairo"),
                    Class.forName("org.eclipse.swt.internal.C"));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Whether pixels of this size can be copied into the image. */
    boolean fits(Image image, int w, int h) {
        try {
            long s = surface.getLong(image);
            int f = (int) format.invoke(null, s);
            return s != 0 && (f == CAIRO_ARGB32 || f == CAIRO_RGB24) && (int) width.invoke(null, s) == w
                    && (int) height.invoke(null, s) == h && (int) stride.invoke(null, s) >= w * 4;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Copies rows of opaque 0xFFRRGGBB pixels (as {@link TraceRaster#rows()} gives them) into an image that fits. */
    void copy(Image image, int[] rows, int w, int h) throws ReflectiveOperationException {
        long s = surface.getLong(image);
        flush.invoke(null, s);
        long base = (long) data.invoke(null, s);
        int lineBytes = (int) stride.invoke(null, s);
        if (lineBytes == w * 4) {
            copy.invoke(null, base, rows, (long) w * h * 4);
        } else {
            int[] line = new int[w];
            for (int y = 0; y < h; y++) {
                System.arraycopy(rows, y * w, line, 0, w);
                copy.invoke(null, base + (long) y * lineBytes, line, (long) w * 4);
            }
        }
        markDirty.invoke(null, s);
    }
}
