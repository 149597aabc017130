package org.sortes.testutil;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Where a page's text lies: the baseline box of every piece of text shown on it. */
public final class PdfText {
    private PdfText() {
    }

    public static List<Rectangle> textBoxes(PdfDocument doc, int page) {
        List<Rectangle> boxes = new ArrayList<>();
        new PdfCanvasProcessor(new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (data instanceof TextRenderInfo t && !t.getText().isBlank()) {
                    boxes.add(t.getBaseline().getBoundingRectangle());
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT);
            }
        }).processPageContent(doc.getPage(page));
        return boxes;
    }
}
