package app.kiroku.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a text file is in. A byte order mark decides (UTF-8, UTF-16 as Excel's 「Unicode テキスト」 writes
 * it); without one, a file that decodes as UTF-8 from end to end is UTF-8, and anything else is taken as Windows-31J,
 * the Shift_JIS that Excel and Japanese Windows write (a superset of Shift_JIS with ①, 髙 and 﨑).
 */
final class TextEncodings {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    record Detected(Charset charset, int bomLength) {}

    private TextEncodings() {}

    static Detected detect(Path file) throws IOException {
        byte[] head = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 3);
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return new Detected(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_31J, 0);
    }

    /** Streams the whole file through a strict decoder: a Shift_JIS file rarely survives more than a few lines. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return !decoder.flush(chars).isError() && !bytes.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
