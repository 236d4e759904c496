package org.swinglink.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Gives the workbench window and every dialog SwingLink's icon in the sizes a desktop picks from
 * (title bar, task switcher): JFace's default images, which the window takes as its model names no
 * single icon. Runs before the windows are drawn, as add-ons are made first.
 */
public class WindowIconAddon {
    private static final int[] SIZES = {16, 32, 48, 64};
    private final List<Image> images = new ArrayList<>();

    @PostConstruct
    void setDefaultImages() {
        for (int size : SIZES) {
            String path = "icons/swinglink-" + size + ".png";
            images.add(ImageDescriptor.createFromURL(FrameworkUtil.getBundle(WindowIconAddon.class).getEntry(path)).createImage());
        }
        Window.setDefaultImages(images.toArray(Image[]::new));
    }

    @PreDestroy
    void dispose() {
        Window.setDefaultImages(new Image[0]);
        images.forEach(Image::dispose);
    }
}
