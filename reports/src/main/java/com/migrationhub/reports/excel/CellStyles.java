package com.migrationhub.reports.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The workbook's cell styles, each made once (a workbook holds at most 64,000, and a style per
 * cell would bloat the file): a number format per kind of value, in a plain, emphasised or totals
 * look, and a quote-prefixed text style for client text a spreadsheet could take for a formula.
 * All are made when the workbook is set up, so that sheets written on two threads only read them.
 *
 * <p>Formats are Excel's locale-neutral codes; Excel shows them with the reader's separators.
 * Money carries the scenario's currency code: {@code #,##0.00 "EUR"}.
 */
final class CellStyles {

    /** What a cell holds, as far as its style is concerned. */
    enum Kind {
        TEXT, QUOTED_TEXT, MONEY, COUNT, GIB, SHARE, DECIMAL, DAY, MOMENT, MONTH, BLANK
    }

    /** How a row looks. */
    enum Look {
        PLAIN, EMPHASIS, TOTAL
    }

    private static final byte[] HEADER_FILL = {(byte) 0x1F, (byte) 0x4E, (byte) 0x78};
    private static final byte[] EMPHASIS_FILL = {(byte) 0xE2, (byte) 0xEF, (byte) 0xDA};

    private final Workbook workbook;
    private final DataFormat formats;
    private final String moneyFormat;
    private final CellStyle[][] styles = new CellStyle[Look.values().length][Kind.values().length];
    private final Font bold;
    private final CellStyle header;
    private final CellStyle title;

    CellStyles(Workbook workbook, String currency) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        this.moneyFormat = "#,##0.00 \"" + currencyCode(currency) + "\"";
        this.bold = workbook.createFont();
        bold.setBold(true);
        for (Look look : Look.values()) {
            for (Kind kind : Kind.values()) {
                styles[look.ordinal()][kind.ordinal()] = create(kind, look);
            }
        }
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(white);
        fill(header, HEADER_FILL);
        borders(header);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 12);
        title = workbook.createCellStyle();
        title.setFont(large);
    }

    /** Only letters and digits go into the format, so no currency text can break it. */
    private static String currencyCode(String currency) {
        String code = currency == null ? "" : currency.replaceAll("[^A-Za-z0-9]", "");
        return code.isEmpty() ? "?" : code;
    }

    String moneyFormat() {
        return moneyFormat;
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle of(Kind kind, Look look) {
        return styles[look.ordinal()][kind.ordinal()];
    }

    private CellStyle create(Kind kind, Look look) {
        CellStyle s = workbook.createCellStyle();
        borders(s);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        String format = format(kind);
        if (format != null) {
            s.setDataFormat(formats.getFormat(format));
        }
        if (kind == Kind.QUOTED_TEXT) {
            s.setQuotePrefixed(true);
        }
        if (look != Look.PLAIN) {
            s.setFont(bold);
        }
        if (look == Look.EMPHASIS) {
            fill(s, EMPHASIS_FILL);
        }
        if (look == Look.TOTAL) {
            s.setBorderTop(BorderStyle.DOUBLE);
            s.setTopBorderColor(IndexedColors.BLACK.getIndex());
        }
        return s;
    }

    private String format(Kind kind) {
        return switch (kind) {
            case TEXT, QUOTED_TEXT -> "@";
            case MONEY -> moneyFormat;
            case COUNT -> "#,##0";
            case GIB -> "#,##0.0 \"GiB\"";
            case SHARE -> "0.0%";
            case DECIMAL -> "0.0000####";
            case DAY -> "yyyy-mm-dd";
            case MOMENT -> "yyyy-mm-dd hh:mm";
            case MONTH -> "0;-0;\"not reached\"";
            case BLANK -> null;
        };
    }

    private static void borders(CellStyle s) {
        short grey = IndexedColors.GREY_25_PERCENT.getIndex();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(grey);
        s.setBottomBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
    }

    private static void fill(CellStyle s, byte[] rgb) {
        ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(rgb, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
