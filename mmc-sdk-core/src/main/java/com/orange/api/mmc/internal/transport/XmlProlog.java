package com.orange.api.mmc.internal.transport;

/**
 * Finds a document type declaration in an XML document's bytes without parsing it. XML allows one only
 * in the prolog, before the root element ({@code prolog ::= XMLDecl? Misc* (doctypedecl Misc*)?}), and a
 * parser rejects it anywhere else; so only the prolog is read, skipping the XML declaration, processing
 * instructions, comments and white space: the cost does not grow with the size of the answer. UTF-8 and
 * UTF-16 are recognised, with or without a byte order mark, as SOAP allows both.
 */
final class XmlProlog {

    private XmlProlog() {
    }

    /** What the prolog says. */
    enum Verdict {
        /** A DTD, or another markup declaration, comes before the root element. */
        DTD,
        /** The root element, or something that is not XML, comes first: no DTD. */
        NONE,
        /** The bytes so far end inside the prolog. */
        UNDECIDED
    }

    /**
     * @param length   how many bytes of {@code document} have been read
     * @param complete whether they are the whole document; if not, an answer may need more of them
     * @return {@link Verdict#DTD} when the document declares a DTD (or has any markup declaration, that is
     *         {@code <!} not opening a comment) before its root element
     */
    static Verdict scan(byte[] document, int length, boolean complete) {
        Units units = Units.of(document, length);
        if (units == null) {
            return complete ? Verdict.NONE : Verdict.UNDECIDED;
        }
        Verdict endOfInput = complete ? Verdict.NONE : Verdict.UNDECIDED;
        int i = units.start;
        while (i < units.count) {
            char c = units.at(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c != '<') {
                return Verdict.NONE; // text before the root element: not XML, the parser reports it
            } else if (i + 4 > units.count && !complete) {
                return Verdict.UNDECIDED; // "<!--" or "<!D" may be cut
            } else if (units.at(i + 1) == '?') {
                i = units.after(i + 2, "?>");
            } else if (units.at(i + 1) == '!') {
                if (units.at(i + 2) != '-' || units.at(i + 3) != '-') {
                    return Verdict.DTD;
                }
                i = units.after(i + 4, "-->");
            } else {
                return Verdict.NONE; // the root element: no DTD can follow
            }
        }
        return endOfInput;
    }

    /** The document as a sequence of UTF-8 bytes or UTF-16 code units; ASCII is all the scan needs. */
    private static final class Units {
        private final byte[] bytes;
        private final int width;
        private final boolean bigEndian;
        private final int start;
        private final int count;

        private Units(byte[] bytes, int length, int width, boolean bigEndian, int startByte) {
            this.bytes = bytes;
            this.width = width;
            this.bigEndian = bigEndian;
            this.start = startByte / width;
            this.count = length / width;
        }

        /** @return the units of the first {@code length} bytes, or null when too few to tell the encoding */
        static Units of(byte[] b, int length) {
            if (length < 3) {
                return length == 0 ? new Units(b, 0, 1, true, 0) : null;
            }
            if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Units(b, length, 2, true, 2);
            }
            if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Units(b, length, 2, false, 2);
            }
            if (b[0] == 0 && b[1] == '<') {
                return new Units(b, length, 2, true, 0);
            }
            if (b[0] == '<' && b[1] == 0) {
                return new Units(b, length, 2, false, 0);
            }
            boolean bom = (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
            return new Units(b, length, 1, true, bom ? 3 : 0);
        }

        /** @return the unit at {@code index} as a char when it is ASCII, else {@code '\uFFFF'} (also past the end) */
        char at(int index) {
            if (index >= count) {
                return '\uFFFF';
            }
            if (width == 1) {
                int b = bytes[index] & 0xFF;
                return b < 0x80 ? (char) b : '\uFFFF';
            }
            int high = bytes[2 * index + (bigEndian ? 0 : 1)] & 0xFF;
            int low = bytes[2 * index + (bigEndian ? 1 : 0)] & 0xFF;
            return high == 0 && low < 0x80 ? (char) low : '\uFFFF';
        }

        /** @return the index just past the first {@code end} at or after {@code from}, or {@link #count} */
        int after(int from, String end) {
            outer:
            for (int i = from; i + end.length() <= count; i++) {
                for (int j = 0; j < end.length(); j++) {
                    if (at(i + j) != end.charAt(j)) {
                        continue outer;
                    }
                }
                return i + end.length();
            }
            return count;
        }
    }
}
