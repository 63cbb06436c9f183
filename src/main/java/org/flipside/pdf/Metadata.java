package org.flipside.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The document-level facts every pack carries: title, language, author, fixed dates and a fixed file identifier
 * (both derived from the build date and the file's name so that rebuilding gives the same bytes), and the XMP
 * stream that PDF/UA-1 asks for.
 */
final class Metadata {

    private Metadata() {}

    static void apply(PdfWriter writer, String title, String subject, String author, String language,
                      LocalDate buildDate, String fileName) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.setTimeInMillis(buildDate.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        var info = writer.getInfo();
        info.put(PdfName.TITLE, new PdfString(title, PdfString.TEXT_UNICODE));
        info.put(PdfName.SUBJECT, new PdfString(subject, PdfString.TEXT_UNICODE));
        info.put(PdfName.AUTHOR, new PdfString(author, PdfString.TEXT_UNICODE));
        info.put(PdfName.CREATOR, new PdfString("Flipside", PdfString.TEXT_UNICODE));
        info.put(PdfName.CREATIONDATE, new PdfDate(date));
        info.put(PdfName.MODDATE, new PdfDate(date));
        // OpenPDF takes the trailer /ID from here when present, instead of hashing the clock.
        byte[] id = digest(fileName + "\n" + title + "\n" + buildDate);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));

        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.setXmpMetadata(xmp(title, subject, author, language, buildDate).getBytes(StandardCharsets.UTF_8));
    }

    private static String xmp(String title, String subject, String author, String language, LocalDate buildDate) {
        String when = buildDate + "T00:00:00Z";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(subject) + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<xmp:CreatorTool>Flipside</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] digest(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
