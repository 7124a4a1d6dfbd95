package com.migrationhub.connectors.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table ({@code xl/sharedStrings.xml}), held compactly: the strings'
 * UTF-8 bytes packed into 1 MiB pages plus one {@code long} per string. That is a fraction of
 * what {@link org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable} keeps (a
 * {@link String} object per entry), which matters because an RVTools export shares every VM
 * name, UUID and disk path: millions of entries for a large estate. A string becomes a
 * {@code String} only when a selected column reads it.
 *
 * <p>Parsed with the {@link SecureXml} reader, which refuses DOCTYPE declarations and so
 * external entities and entity expansion ("billion laughs").
 */
final class SharedStrings {
    static final SharedStrings EMPTY = new SharedStrings(new byte[0][], new long[0], 0);

    private static final int PAGE_SIZE = 1 << 20;
    private static final int OFFSET_BITS = 20;
    private static final int LENGTH_BITS = 22;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    private static final long LENGTH_MASK = (1L << LENGTH_BITS) - 1;
    /**
     * Excel's limit for the text of one cell; longer text (only a crafted file has it) is cut
     * there, which also bounds the memory one entry can take.
     */
    static final int MAX_CELL_CHARS = 32_767;
    /** Never presize from the file's own count beyond this: the count may lie. */
    private static final int MAX_PRESIZE = 1 << 20;

    private final byte[][] pages;
    /** Per string: page (high bits), offset in the page, byte length. */
    private final long[] refs;
    private final int count;

    private SharedStrings(byte[][] pages, long[] refs, int count) {
        this.pages = pages;
        this.refs = refs;
        this.count = count;
    }

    static SharedStrings read(InputStream in) throws IOException, SAXException {
        Builder builder = new Builder();
        XMLReader reader = SecureXml.newReader();
        reader.setContentHandler(builder);
        reader.setErrorHandler(builder);
        reader.parse(new InputSource(in));
        return builder.build();
    }

    int size() {
        return count;
    }

    /** The string, trimmed; null when it is blank. */
    String trimmed(int index) {
        long ref = ref(index);
        byte[] page = pages[(int) (ref >>> (OFFSET_BITS + LENGTH_BITS))];
        int start = (int) ((ref >>> LENGTH_BITS) & OFFSET_MASK);
        int end = start + (int) (ref & LENGTH_MASK);
        // UTF-8 never encodes a non-ASCII character with bytes <= 0x20, so trimming bytes is trimming text
        while (start < end && (page[start] & 0xFF) <= ' ') {
            start++;
        }
        while (end > start && (page[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        return start == end ? null : new String(page, start, end - start, StandardCharsets.UTF_8);
    }

    boolean isBlank(int index) {
        long ref = ref(index);
        byte[] page = pages[(int) (ref >>> (OFFSET_BITS + LENGTH_BITS))];
        int start = (int) ((ref >>> LENGTH_BITS) & OFFSET_MASK);
        int end = start + (int) (ref & LENGTH_MASK);
        for (int i = start; i < end; i++) {
            if ((page[i] & 0xFF) > ' ') {
                return false;
            }
        }
        return true;
    }

    private long ref(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return refs[index];
    }

    /** Collects the text of each {@code <si>}: its {@code <t>} runs, without phonetic ({@code <rPh>}) ones. */
    private static final class Builder extends DefaultHandler {
        private final List<byte[]> pages = new ArrayList<>();
        private byte[] page = new byte[0];
        private int used;
        private long[] refs = new long[1024];
        private int count;

        private char[] text = new char[256];
        private int textLength;
        private boolean inItem;
        private boolean inText;
        private int phoneticDepth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "sst":
                    long declared = CellText.digits(attributes.getValue("uniqueCount"));
                    if (declared > refs.length) {
                        refs = new long[(int) Math.min(declared, MAX_PRESIZE)];
                    }
                    break;
                case "si":
                    inItem = true;
                    textLength = 0;
                    break;
                case "t":
                    inText = inItem && phoneticDepth == 0;
                    break;
                case "rPh":
                    phoneticDepth++;
                    break;
                default:
                    break;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si":
                    add();
                    inItem = false;
                    break;
                case "t":
                    inText = false;
                    break;
                case "rPh":
                    phoneticDepth--;
                    break;
                default:
                    break;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inText) {
                return;
            }
            length = Math.min(length, MAX_CELL_CHARS - textLength);
            if (length <= 0) {
                return;
            }
            if (textLength + length > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
            }
            System.arraycopy(ch, start, text, textLength, length);
            textLength += length;
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        private void add() {
            int needed = textLength * 3;
            if (used + needed > page.length) {
                // MAX_CELL_CHARS * 3 bytes is less than a page, so one string always fits an empty one
                page = new byte[PAGE_SIZE];
                pages.add(page);
                used = 0;
            }
            int start = used;
            used = encode(text, textLength, page, used);
            if (count == refs.length) {
                refs = Arrays.copyOf(refs, refs.length + (refs.length >> 1));
            }
            long pageIndex = pages.size() - 1;
            refs[count++] = pageIndex << (OFFSET_BITS + LENGTH_BITS) | (long) start << LENGTH_BITS | (used - start);
        }

        /** UTF-8 encodes without allocating; unpaired surrogates become '?' as String.getBytes does. */
        private static int encode(char[] chars, int length, byte[] out, int at) {
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    out[at++] = (byte) c;
                } else if (c < 0x800) {
                    out[at++] = (byte) (0xC0 | c >> 6);
                    out[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    out[at++] = (byte) (0xF0 | cp >> 18);
                    out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    out[at++] = '?';
                } else {
                    out[at++] = (byte) (0xE0 | c >> 12);
                    out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            return at;
        }

        SharedStrings build() {
            return new SharedStrings(pages.toArray(new byte[0][]), refs, count);
        }
    }
}
