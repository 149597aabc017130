package org.sortes.documents;

/**
 * A coordinate in a page's content stream as iText writes it for a position from 1 to 32,767
 * points, either sign: rounded to hundredths, trailing zeros dropped ("72", "72.5", "72.05").
 * Others (a fraction of a point, NaN) are left to iText's own formatting.
 */
final class Points {
    private Points() {
    }

    /** Whether {@link #write} writes f as iText would. */
    static boolean plain(float f) {
        double d = Math.abs((double) f);
        return d >= 1 && d <= 32767;
    }

    /** Writes f (see {@link #plain}) into out at n; where the next byte goes. */
    static int write(float f, byte[] out, int n) {
        double d = f;
        if (d < 0) {
            out[n++] = '-';
            d = -d;
        }
        // iText's own arithmetic, in doubles: the same hundredths, the same bytes
        int v = (int) ((d + 0.005) * 100.0);
        int whole = v / 100;
        int fraction = v % 100;
        int digits = whole >= 10000 ? 5 : whole >= 1000 ? 4 : whole >= 100 ? 3 : whole >= 10 ? 2 : 1;
        for (int i = digits - 1, w = whole; i >= 0; i--, w /= 10) {
            out[n + i] = (byte) ('0' + w % 10);
        }
        n += digits;
        if (fraction != 0) {
            out[n++] = '.';
            out[n++] = (byte) ('0' + fraction / 10);
            if (fraction % 10 != 0) {
                out[n++] = (byte) ('0' + fraction % 10);
            }
        }
        return n;
    }
}
