package org.connectedservice.ui.telemetry;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * The plot's layer as the cairo image behind an SWT image on GTK: a frame's pixels are copied straight in, and the
 * layer is painted onto the screen straight from its surface. SWT converts pixel by pixel both ways: new Image(display,
 * imageData) took 11 ms for a 1121 x 684 plot on the build machine, and GC.drawImage reads the whole image back into
 * an ImageData on every call (SWT 3.135 asks it for its size) for another 1 to 4 ms, on every hover and drag repaint
 * too; here a copy is one memmove and a paint one cairo_paint. It uses SWT's GTK internals by reflection, and only when
 * the image is a 32-bit cairo image surface of the expected size; anywhere else (Windows, a scaled display, another
 * SWT) {@link #find()} gives null or {@link #fits} false, and the painter uses SWT's own calls.
 */
final class CairoLayer {

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
    private final Field context;
    private final Method save;
    private final Method restore;
    private final Method source;
    private final Method rectangle;
    private final Method fill;

    private CairoLayer(Class<?> cairo, Class<?> memory) throws ReflectiveOperationException {
        surface = Image.class.getField("surface");
        context = GC.class.getField("handle");
        save = cairo.getMethod("cairo_save", long.class);
        restore = cairo.getMethod("cairo_restore", long.class);
        source = cairo.getMethod("cairo_set_source_surface", long.class, long.class, double.class, double.class);
        rectangle = cairo.getMethod("cairo_rectangle", long.class, double.class, double.class, double.class,
                double.class);
        fill = cairo.getMethod("cairo_fill", long.class);
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
    static CairoLayer find() {
        try {
            return new CairoLayer(Class.forName("org.eclipse.swt.internal.cairo.Cairo"),
                    Class.forName("org.eclipse.swt.internal.C"));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Whether rows of {@code w} pixels, {@code h} of them, can be copied into the image in one piece. */
    boolean fits(Image image, int w, int h) {
        try {
            long s = surface.getLong(image);
            int f = (int) format.invoke(null, s);
            return s != 0 && (f == CAIRO_ARGB32 || f == CAIRO_RGB24) && (int) width.invoke(null, s) == w
                    && (int) height.invoke(null, s) >= h && (int) stride.invoke(null, s) == w * 4;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Copies {@code h} rows of {@code w} opaque 0xFFRRGGBB pixels into the top of an image they fit. */
    void copy(Image image, int[] rows, int w, int h) throws ReflectiveOperationException {
        long s = surface.getLong(image);
        flush.invoke(null, s);
        copy.invoke(null, (long) data.invoke(null, s), rows, (long) w * h * 4);
        markDirty.invoke(null, s);
    }

    /** Paints the top left {@code w} x {@code h} of the image at the GC's origin; false if that cannot be done here. */
    boolean paint(GC gc, Image image, int w, int h) {
        try {
            long cr = context.getLong(gc);
            long s = surface.getLong(image);
            if (cr == 0 || s == 0) {
                return false;
            }
            save.invoke(null, cr);
            try {
                source.invoke(null, cr, s, 0.0, 0.0);
                rectangle.invoke(null, cr, 0.0, 0.0, (double) w, (double) h);
                fill.invoke(null, cr);
            } finally {
                restore.invoke(null, cr);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A blank image on a cairo image surface, which {@link #paint} paints without reading it back; on X11 a blank
     * new Image(display, w, h) lives in the X server instead, and SWT's drawImage reads that back pixel by pixel.
     */
    static Image imageSurface(Display display, int w, int h) {
        return new Image(display, new ImageData(w, h, 32, TraceRaster.CAIRO_ORDER));
    }
}
