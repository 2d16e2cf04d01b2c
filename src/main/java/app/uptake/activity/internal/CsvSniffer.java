package app.uptake.activity.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses a CSV file's encoding and delimiter from its beginning, as CRM exports and Excel write them:
 * UTF-8 with or without byte order mark, else windows-1252 (a superset of Latin-1 for what appears in
 * practice); semicolon (German Excel, with decimal comma) or comma.
 */
final class CsvSniffer {

    static final int SAMPLE_BYTES = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSniffer() {
    }

    record Encoding(Charset charset, int bomLength) {
    }

    /** Looks at the start of the stream and resets it; the stream must support mark. */
    static Encoding encoding(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE_BYTES + 1);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        if (sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB && (sample[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        return new Encoding(isUtf8(sample, sample.length < SAMPLE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /**
     * Strict UTF-8 check. The sample may end inside a multi-byte character when the file goes on, so an
     * incomplete sequence at the very end is not held against it then.
     */
    static boolean isUtf8(byte[] sample, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        CharBuffer chars = CharBuffer.allocate(sample.length + 1);
        CoderResult result = decoder.decode(bytes, chars, wholeFile);
        if (result.isError()) {
            return false;
        }
        if (wholeFile) {
            return !decoder.flush(chars).isError();
        }
        return bytes.remaining() <= 3;
    }

    /** ';' when the header line has more semicolons than commas outside quotes, else ','. */
    static char delimiter(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
