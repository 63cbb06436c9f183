package org.flipside.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The logo a new project starts with, until the organisation's own replaces it: a rounded square in the
 * primary colour with two opposed triangles (one mentor, one mentee, flipped). A PNG, because the PDF packs
 * cannot draw SVG; drawn and encoded here, without AWT, so that it works on any server, byte for byte the same.
 */
final class StarterLogo {

    static final int SIZE = 600;
    private static final int SAMPLES = 4; // per axis: smooth edges

    private StarterLogo() {}

    /** @param primary {@code #rrggbb} */
    static byte[] png(String primary) {
        int[] background = rgb(primary);
        int[] mark = rgb(StarterProject.readableOn(primary));
        byte[] raw = new byte[SIZE * (1 + SIZE * 4)];
        int at = 0;
        for (int y = 0; y < SIZE; y++) {
            raw[at++] = 0; // filter: none
            for (int x = 0; x < SIZE; x++) {
                int inside = 0;
                int onMark = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double px = (x + (sx + 0.5) / SAMPLES) / SIZE;
                        double py = (y + (sy + 0.5) / SAMPLES) / SIZE;
                        if (!inRoundedSquare(px, py)) continue;
                        inside++;
                        if (inMark(px, py)) onMark++;
                    }
                }
                int total = SAMPLES * SAMPLES;
                for (int c = 0; c < 3; c++) {
                    // Colour of the covered part: background mixed with the mark by the mark's share.
                    double value = inside == 0 ? 0 : (background[c] * (inside - onMark) + mark[c] * onMark) / (double) inside;
                    raw[at++] = (byte) Math.round(value);
                }
                raw[at++] = (byte) Math.round(255.0 * inside / total);
            }
        }
        return encode(raw);
    }

    private static boolean inRoundedSquare(double x, double y) {
        double r = 0.16;
        double cx = Math.min(Math.max(x, r), 1 - r);
        double cy = Math.min(Math.max(y, r), 1 - r);
        return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
    }

    /** Upper triangle points right, lower triangle points left. */
    private static boolean inMark(double x, double y) {
        boolean upper = y >= 0.22 && y <= 0.46 && x >= 0.24 && x <= 0.24 + 0.52 * (1 - Math.abs(y - 0.34) / 0.12);
        boolean lower = y >= 0.54 && y <= 0.78 && x <= 0.76 && x >= 0.76 - 0.52 * (1 - Math.abs(y - 0.66) / 0.12);
        return upper || lower;
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static byte[] encode(byte[] raw) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(SIZE);
            h.writeInt(SIZE);
            h.write(new byte[] {8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, no filter, no interlace
            chunk(png, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
                z.write(raw);
            }
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] body) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(body.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
