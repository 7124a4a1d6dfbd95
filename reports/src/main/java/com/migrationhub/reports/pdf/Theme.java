package com.migrationhub.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's typography: Liberation Sans (metric-compatible with Arial, SIL Open Font Licence)
 * read from the class path, embedded as Identity-H subsets so every glyph the client's text uses
 * prints on any machine. The same faces serve the charts, both as AWT fonts (so JFreeChart measures
 * labels with the widths the PDF will print) and through {@link #fontMapper()}.
 *
 * <p>One instance per report: OpenPDF tracks the glyphs a subset needs per {@link BaseFont}.
 */
final class Theme {
    static final float BODY = 9f;
    static final float TABLE = 8f;
    static final float SMALL = 7.5f;

    private static final String FONTS = "/liberation/LiberationSans-";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;

    Theme() {
        regular = load("Regular");
        bold = load("Bold");
        italic = load("Italic");
    }

    private static BaseFont load(String face) {
        try {
            return BaseFont.createFont("LiberationSans-" + face + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, bytes(face), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String face) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(FONTS + face + ".ttf")) {
            if (in == null) {
                throw new IOException("font " + FONTS + face + ".ttf is not on the class path (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        }
    }

    Font font(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    Font italic(float size, Color color) {
        return new Font(italic, size, Font.NORMAL, color);
    }

    Font body() {
        return font(BODY, Palette.INK);
    }

    /** Maps the charts' AWT fonts to the embedded faces: bold when the AWT font is. */
    FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() || font.getFontName(java.util.Locale.ROOT).contains("Bold") ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return (font == bold ? ChartFonts.BOLD : ChartFonts.REGULAR).deriveFont((float) size);
            }
        };
    }

    /** The AWT faces, created once per JVM: {@code Font.createFont} copies the file to a temporary file. */
    static final class ChartFonts {
        static final java.awt.Font REGULAR = awt("Regular");
        static final java.awt.Font BOLD = awt("Bold");

        private ChartFonts() {
        }

        private static java.awt.Font awt(String face) {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes(face))) {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("cannot read Liberation Sans " + face, e);
            }
        }

        static java.awt.Font regular(float size) {
            return REGULAR.deriveFont(size);
        }

        static java.awt.Font bold(float size) {
            return BOLD.deriveFont(size);
        }
    }
}
