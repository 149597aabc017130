package org.sortes.documents;

import com.itextpdf.barcodes.qrcode.ByteMatrix;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.barcodes.qrcode.QRCodeWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code's modules as rows of '1' (dark) and '0', quiet zone included, for any screen or page to
 * draw one square per character.
 */
public final class QrMatrix {
    private QrMatrix() {
    }

    public static List<String> of(String text) {
        ByteMatrix m;
        try {
            // size 1 x 1 asks for the natural size: one cell per module
            m = new QRCodeWriter().encode(text, 1, 1, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (com.itextpdf.barcodes.exceptions.WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + e.getMessage(), e);
        }
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < m.getHeight(); y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < m.getWidth(); x++) {
                row.append(m.get(x, y) == 0 ? '1' : '0');
            }
            rows.add(row.toString());
        }
        return List.copyOf(rows);
    }
}
