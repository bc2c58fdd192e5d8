package org.conflictgraph.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.PayloadTooLargeException;
import org.conflictgraph.problem.UnsupportedMediaTypeException;

/**
 * Request bytes to text. A declared charset is decoded strictly (bytes invalid in it are a 400); with none
 * declared, UTF-8 is tried first and windows-1252 taken when the bytes are not UTF-8, as real feeds need.
 * NUL bytes mean a binary upload, not an article.
 */
public final class BodyDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private BodyDecoder() {
    }

    /** Reads at most {@code maxBytes} from the stream; one byte more and the request is refused (413), unbuffered. */
    public static byte[] readLimited(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static PayloadTooLargeException tooLarge(long maxBytes) {
        return new PayloadTooLargeException("body-too-large", "Article body too large",
                "The request body exceeds the limit of " + maxBytes + " bytes (conflict-graph.intake.max-body-size). "
                        + "Send one article per request, or split the file.");
    }

    public static String decode(byte[] bytes, String declaredCharset) {
        Charset wide = wideCharset(bytes, declaredCharset);
        if (wide != null) {
            // UTF-16/32 text is full of NUL bytes and is not binary for that
            try {
                String text = strict(bytes, wide);
                return text.startsWith("\ufeff") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new BadInputException("invalid-charset-bytes", "Bytes invalid in the declared charset",
                        "The body is not valid " + wide.name() + ". Declare the charset the file is really in.", e);
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new BadInputException("binary-body", "Binary content",
                        "The body contains NUL bytes, so it is binary, not an article. Send the article as text, "
                                + "HTML or JSON.");
            }
        }
        String text;
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset = charset(declaredCharset.strip());
            try {
                text = strict(bytes, charset);
            } catch (CharacterCodingException e) {
                throw new BadInputException("invalid-charset-bytes", "Bytes invalid in the declared charset",
                        "The body is not valid " + charset.name() + " as the Content-Type declares. Declare the charset "
                                + "the file is really in, or leave the charset out to have UTF-8 with a windows-1252 "
                                + "fallback.", e);
            }
        } else {
            try {
                text = strict(bytes, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    /** UTF-16/32 by declaration or byte-order mark; null for every other text. */
    private static Charset wideCharset(byte[] bytes, String declared) {
        if (declared != null && declared.strip().replace("\"", "").toUpperCase(java.util.Locale.ROOT).matches("UTF-?(16|32)(BE|LE)?")) {
            return charset(declared.strip());
        }
        if (declared == null || declared.isBlank()) {
            if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
                return StandardCharsets.UTF_16BE;
            }
            if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                    && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0)) {
                return StandardCharsets.UTF_16LE;
            }
        }
        return null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedMediaTypeException("unsupported-charset", "Unsupported charset",
                    "The charset '" + name + "' is not known. Use UTF-8 (or another standard charset) in the "
                            + "Content-Type.", e);
        }
    }

    private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
