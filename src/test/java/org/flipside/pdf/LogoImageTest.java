package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The logo's quick conversion gives the pixels and soft mask OpenPDF's own conversion gives. */
class LogoImageTest {

    @Test
    void theExampleLogoConvertsToWhatOpenPdfMakesOfIt() throws Exception {
        byte[] png = Files.readAllBytes(AgreementPackTest.ROOT.resolve("content/assets/logo.png"));
        Image quick = LogoImage.of(png);
        Image openPdf = Image.getInstance(png);
        assertEquals(openPdf.getWidth(), quick.getWidth());
        assertEquals(openPdf.getHeight(), quick.getHeight());
        assertArrayEquals(openPdf.getRawData(), quick.getRawData(), "colour samples");
        assertNotNull(quick.getImageMask(), "the logo's soft edges keep their transparency");
        assertArrayEquals(openPdf.getImageMask().getRawData(), quick.getImageMask().getRawData(), "alpha samples");
    }

    @Test
    void translucentRgbaPixelsGetASoftMask() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_4BYTE_ABGR);
        image.setRGB(0, 0, 0x80ff0000);
        image.setRGB(1, 0, 0xff00ff00);
        image.setRGB(2, 1, 0xff0000ff);
        Image logo = LogoImage.of(png(image));
        assertArrayEquals(new byte[] {(byte) 0xff, 0, 0, 0, (byte) 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff},
                logo.getRawData());
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0xff, 0, 0, 0, (byte) 0xff}, logo.getImageMask().getRawData());
    }

    @Test
    void anOpaqueRgbLogoHasNoMask() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, 0x123456);
        image.setRGB(1, 0, 0xabcdef);
        Image logo = LogoImage.of(png(image));
        assertArrayEquals(new byte[] {0x12, 0x34, 0x56, (byte) 0xab, (byte) 0xcd, (byte) 0xef}, logo.getRawData());
        assertNull(logo.getImageMask());
    }

    @Test
    void aGreyLogoKeepsOneChannel() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 40);
        image.getRaster().setSample(1, 0, 0, 200);
        Image logo = LogoImage.of(png(image));
        assertEquals(1, logo.getColorspace());
        assertArrayEquals(new byte[] {40, (byte) 200}, logo.getRawData());
    }

    @Test
    void aPaletteLogoIsLeftToOpenPdf() throws Exception {
        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {0, (byte) 255}, new byte[] {0, 0}, new byte[] {0, 0});
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, palette);
        image.getRaster().setSample(1, 0, 0, 1);
        Image logo = LogoImage.of(png(image));
        assertEquals(2, (int) logo.getWidth());
        assertFalse(logo.getRawData() == null && logo.getUrl() == null, "OpenPDF read it");
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
