package org.swinglink.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** PNG pictures of a shell as it is on screen (menu bar included), for people to look at. */
final class Screenshots {
    private Screenshots() {
    }

    /** Folder set by the build ({@code target/screenshots}), else the working folder's. */
    static Path folder() {
        return Path.of(System.getProperty("swinglink.screenshots", "target/screenshots"));
    }

    /** Call on the UI thread. */
    static Path save(Shell shell, String name) {
        Display display = shell.getDisplay();
        // The screen may lag behind the widgets: run what is queued and paint what is damaged first.
        while (display.readAndDispatch()) {
            // drain
        }
        shell.update();
        Rectangle bounds = shell.getBounds();
        // Without a window manager SWT adds estimated decorations to the bounds: end at the client area.
        int bottom = shell.toDisplay(0, shell.getClientArea().height).y;
        int height = Math.max(1, Math.min(bounds.height, bottom - bounds.y));
        Image image = new Image(display, bounds.width, height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + name, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
