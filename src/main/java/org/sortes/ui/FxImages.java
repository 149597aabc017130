package org.sortes.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.sortes.session.RenderedPage;

/** A rendered page as a JavaFX image. */
public final class FxImages {
    private FxImages() {
    }

    public static Image of(RenderedPage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }
}
