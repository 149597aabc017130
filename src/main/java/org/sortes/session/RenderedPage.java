package org.sortes.session;

/** A page of a document drawn as pixels: width × height, row by row, 0xAARRGGBB. */
public record RenderedPage(int width, int height, int[] argb) {
}
