package com.migrationhub.connectors.dependency;

import com.migrationhub.connectors.csv.TimestampParser;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.util.Locale;

/**
 * Reads the time slots and timestamps of dependency data into instants. A slot is a range,
 * {@code 10/5/2026 14:00 - 15:00}, {@code 2026-10-05 14:00 to 2026-10-05 15:00}, whose end may
 * be a time alone (on the start's day, or the next day when it is earlier than the start); a
 * single timestamp is a slot that starts and ends at once. Dates are month first
 * ({@code M/d/yyyy}) or ISO ({@code yyyy-MM-dd}); times 24-hour {@code H:mm[:ss[.fff]]} or
 * 12-hour with AM/PM; {@code T} or a blank between date and time; an offset ({@code Z},
 * {@code +02:00}) or {@code UTC} may follow. Without an offset a time is UTC. Dates with a
 * month's name fall back to {@link TimestampParser} ({@code Jul 21, 2026 12:00:00 AM}).
 *
 * <p>The common spellings are parsed by hand, without exceptions, in well under a microsecond;
 * the slots read are remembered (up to {@link #REMEMBERED}), since an export repeats each slot on
 * many rows: a month of hourly slots is 720 texts over hundreds of thousands of rows. Not
 * thread-safe: one per import.
 */
final class TimeSlotParser {
    private static final long FAIL = Long.MIN_VALUE;
    private static final int DAY = 86_400;

    /** Slots remembered at most; past that the memory starts again. */
    static final int REMEMBERED = 4096;

    private final TimestampParser fallback = new TimestampParser();
    private final java.util.HashMap<String, Instant[]> seen = new java.util.HashMap<>();
    private String lastText;
    private boolean lastOk;
    private Instant first;
    private Instant last;
    // set by dateTime(): the local time read and the offset that applies to it
    private long localSeconds;
    private int offsetSeconds;

    /**
     * Reads a slot or a single timestamp; afterwards {@link #first()} and {@link #last()} hold it.
     *
     * @return false when the text is in no known spelling (both are then null)
     */
    boolean parse(String text) {
        if (text.equals(lastText)) {
            return lastOk;
        }
        lastText = text;
        Instant[] known = seen.get(text);
        if (known == null) {
            if (seen.size() == REMEMBERED) {
                seen.clear();
            }
            known = parseNew(text);
            seen.put(text, known);
        }
        first = known[0];
        last = known[1];
        lastOk = first != null;
        return lastOk;
    }

    private static final Instant[] UNREADABLE = new Instant[2];

    /** {@link #parse} without the memory: the first and last instant, or two nulls. */
    private Instant[] parseNew(String text) {
        String t = text.strip();
        int sep = separator(t);
        long start;
        long end;
        if (sep < 0) {
            start = single(t);
            end = start;
        } else {
            start = single(t.substring(0, sep).strip());
            int after = sep + (Character.toLowerCase(t.charAt(sep + 1)) == 't' ? 4 : 3);
            end = start == FAIL ? FAIL : rangeEnd(t.substring(after).strip());
        }
        if (start == FAIL || end == FAIL) {
            return UNREADABLE;
        }
        return new Instant[] {Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)};
    }

    Instant first() {
        return first;
    }

    Instant last() {
        return last;
    }

    /** A single date and time, or null when it is in no known spelling. */
    Instant instant(String text) {
        long s = single(text.strip());
        return s == FAIL ? null : Instant.ofEpochSecond(s);
    }

    /** Where " - ", " – " or " to " splits a range; -1 when the text is one time. */
    private static int separator(String t) {
        int i = t.indexOf(" - ");
        if (i < 0) {
            i = t.indexOf(" \u2013 ");
        }
        if (i < 0) {
            i = t.toLowerCase(Locale.ROOT).indexOf(" to ");
        }
        return i > 0 && i + 3 < t.length() ? i : -1;
    }

    /** Epoch seconds of one date and time, by hand or else by the fallback; FAIL when neither reads it. */
    private long single(String t) {
        long s = dateTime(t);
        if (s != FAIL) {
            return s;
        }
        // only for month names: on digits alone the fallback is lenient (2/30 becomes 2/28)
        Instant instant = hasWord(t) ? fallback.parse(t) : null;
        if (instant == null) {
            return FAIL;
        }
        localSeconds = instant.getEpochSecond();
        offsetSeconds = 0;
        return localSeconds;
    }

    /** Whether the text has a run of three letters other than UTC or GMT: a month's name. */
    private static boolean hasWord(String t) {
        int run = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && Character.isLetter(t.charAt(i))) {
                run++;
            } else {
                if (run >= 3 && !t.regionMatches(true, i - run, "UTC", 0, run)
                        && !t.regionMatches(true, i - run, "GMT", 0, run)) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    /** The end of a range: a full date and time, or a time on the start's day (the next if earlier). */
    private long rangeEnd(String t) {
        long startLocal = localSeconds;
        int startOffset = offsetSeconds;
        long full = dateTime(t);
        if (full != FAIL) {
            return full;
        }
        Cursor c = new Cursor(t);
        int tod = timeOfDay(c);
        if (tod < 0) {
            return single(t);
        }
        int offset = offset(c);
        if (offset == Integer.MIN_VALUE || !c.atEnd()) {
            return FAIL;
        }
        long day = Math.floorDiv(startLocal, DAY);
        long endLocal = day * DAY + tod;
        if (endLocal < startLocal) {
            endLocal += DAY;
        }
        return endLocal - (offset == 0 ? startOffset : offset);
    }

    /** Epoch seconds of {@code date[ time][offset]}, or FAIL. */
    private long dateTime(String t) {
        Cursor c = new Cursor(t);
        long epochDay = date(c);
        if (epochDay == FAIL) {
            return FAIL;
        }
        int tod = 0;
        if (!c.atEnd()) {
            if (c.peek() == 'T' || c.peek() == 't' || c.peek() == ',') {
                c.pos++;
            }
            c.skipBlanks();
            tod = timeOfDay(c);
            if (tod < 0) {
                return FAIL;
            }
        }
        int offset = offset(c);
        if (offset == Integer.MIN_VALUE || !c.atEnd()) {
            return FAIL;
        }
        localSeconds = epochDay * DAY + tod;
        offsetSeconds = offset;
        return localSeconds - offset;
    }

    /** {@code yyyy-MM-dd} or {@code M/d/yyyy} as an epoch day, or FAIL. */
    private static long date(Cursor c) {
        int a = c.number(4);
        if (a < 0) {
            return FAIL;
        }
        int year;
        int month;
        int day;
        if (c.digitsRead == 4 && c.accept('-')) {
            year = a;
            month = c.number(2);
            if (month < 0 || !c.accept('-')) {
                return FAIL;
            }
            day = c.number(2);
        } else if (c.digitsRead <= 2 && c.accept('/')) {
            month = a;
            day = c.number(2);
            if (day < 0 || !c.accept('/')) {
                return FAIL;
            }
            year = c.number(4);
            if (c.digitsRead != 4) {
                return FAIL;
            }
        } else {
            return FAIL;
        }
        if (year < 1970 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return FAIL;
        }
        return epochDay(year, month, day);
    }

    /** Days since 1970-01-01 of a valid date (the civil-from-days inverse, proleptic Gregorian). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }

    /** {@code H:mm[:ss[.fff]][ AM|PM]} as seconds of the day, or -1. */
    private static int timeOfDay(Cursor c) {
        int hour = c.number(2);
        if (hour < 0 || !c.accept(':')) {
            return -1;
        }
        int minute = c.number(2);
        if (minute < 0 || c.digitsRead != 2 || minute > 59) {
            return -1;
        }
        int second = 0;
        if (c.accept(':')) {
            second = c.number(2);
            if (second < 0 || c.digitsRead != 2 || second > 59) {
                return -1;
            }
            if (c.accept('.')) {
                if (c.number(9) < 0) {
                    return -1;
                }
            }
        }
        int save = c.pos;
        c.skipBlanks();
        int half = c.meridiem();
        if (half < 0) {
            c.pos = save;
            if (hour > 23) {
                return -1;
            }
        } else {
            if (hour < 1 || hour > 12) {
                return -1;
            }
            hour = hour % 12 + (half == 1 ? 12 : 0);
        }
        return hour * 3600 + minute * 60 + second;
    }

    /** An optional offset: nothing, Z, UTC, GMT, +hh:mm, -hhmm; its seconds, or MIN_VALUE if malformed. */
    private static int offset(Cursor c) {
        c.skipBlanks();
        if (c.atEnd()) {
            return 0;
        }
        char ch = c.peek();
        if (ch == 'Z' || ch == 'z') {
            c.pos++;
            return 0;
        }
        if (c.acceptWord("UTC") || c.acceptWord("GMT")) {
            if (c.atEnd()) {
                return 0;
            }
            ch = c.peek();
        }
        if (ch != '+' && ch != '-') {
            return Integer.MIN_VALUE;
        }
        c.pos++;
        int hours = c.number(2);
        if (hours < 0 || c.digitsRead != 2 || hours > 18) {
            return Integer.MIN_VALUE;
        }
        c.accept(':');
        int minutes = 0;
        if (!c.atEnd()) {
            minutes = c.number(2);
            if (minutes < 0 || c.digitsRead != 2 || minutes > 59) {
                return Integer.MIN_VALUE;
            }
        }
        int seconds = hours * 3600 + minutes * 60;
        return ch == '-' ? -seconds : seconds;
    }

    /** A position in the text being read. */
    private static final class Cursor {
        final String s;
        int pos;
        int digitsRead;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        char peek() {
            return s.charAt(pos);
        }

        boolean accept(char ch) {
            if (pos < s.length() && s.charAt(pos) == ch) {
                pos++;
                return true;
            }
            return false;
        }

        boolean acceptWord(String word) {
            if (s.regionMatches(true, pos, word, 0, word.length())) {
                pos += word.length();
                skipBlanks();
                return true;
            }
            return false;
        }

        void skipBlanks() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        /** 1 to {@code max} digits as a number (a fraction's extra digits are dropped), or -1. */
        int number(int max) {
            int value = 0;
            digitsRead = 0;
            while (pos < s.length() && digitsRead < max) {
                char ch = s.charAt(pos);
                if (ch < '0' || ch > '9') {
                    break;
                }
                value = value * 10 + (ch - '0');
                digitsRead++;
                pos++;
            }
            return digitsRead == 0 ? -1 : value;
        }

        /** AM (0) or PM (1), also a.m./p.m.; -1 when neither follows. */
        int meridiem() {
            if (pos >= s.length()) {
                return -1;
            }
            char ch = Character.toUpperCase(s.charAt(pos));
            if (ch != 'A' && ch != 'P') {
                return -1;
            }
            int p = pos + 1;
            if (p < s.length() && s.charAt(p) == '.') {
                p++;
            }
            if (p >= s.length() || Character.toUpperCase(s.charAt(p)) != 'M') {
                return -1;
            }
            p++;
            if (p < s.length() && s.charAt(p) == '.') {
                p++;
            }
            if (p < s.length() && Character.isLetterOrDigit(s.charAt(p))) {
                return -1;
            }
            pos = p;
            return ch == 'A' ? 0 : 1;
        }
    }
}
