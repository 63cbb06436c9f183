package org.flipside.pdf;

import com.lowagie.text.Image;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * The logo as an image OpenPDF can draw. PNG logos in RGB or grey, with or without transparency (what a logo
 * export gives), are converted here from the decoded samples in one pass, with the alpha channel as a soft
 * mask. OpenPDF would convert them pixel by pixel through AWT's image producers, which takes longer than
 * writing most packs. Anything else (JPEG, palette PNG) goes to OpenPDF as it is.
 */
final class LogoImage {

    private LogoImage() {}

    static Image of(byte[] bytes) throws IOException {
        if (isPng(bytes)) {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            if (decoded != null && isRgbOrGrey(decoded)) return fromSamples(decoded.getRaster(), decoded.getColorModel().hasAlpha());
        }
        return Image.getInstance(bytes);
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static boolean isRgbOrGrey(BufferedImage image) {
        if (!(image.getColorModel() instanceof ComponentColorModel model)) return false;
        int type = model.getColorSpace().getType();
        boolean rgb = model.getColorSpace().isCS_sRGB() && model.getNumColorComponents() == 3;
        boolean grey = type == ColorSpace.TYPE_GRAY && model.getNumColorComponents() == 1;
        return (rgb || grey) && model.getComponentSize(0) == 8 && image.getRaster().getNumBands() == model.getNumComponents();
    }

    private static Image fromSamples(Raster raster, boolean hasAlpha) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bands = raster.getNumBands();
        int colours = hasAlpha ? bands - 1 : bands;
        int[] samples = raster.getPixels(0, 0, width, height, (int[]) null);
        byte[] colour = new byte[width * height * colours];
        byte[] alpha = new byte[width * height];
        boolean translucent = false;
        for (int pixel = 0, s = 0, c = 0; pixel < width * height; pixel++) {
            for (int band = 0; band < colours; band++) colour[c++] = (byte) samples[s++];
            int a = hasAlpha ? samples[s++] : 255;
            alpha[pixel] = (byte) a;
            translucent |= a != 255;
        }
        Image image = Image.getInstance(width, height, colours, 8, colour);
        if (translucent) {
            Image mask = Image.getInstance(width, height, 1, 8, alpha);
            mask.makeMask();
            image.setImageMask(mask);
        }
        return image;
    }
}
