package app.uptake.activity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API keys look like {@code upk_<8 characters>_<43 characters>}: the first part finds the key's row, the whole
 * key is checked against its SHA-256 hash in constant time. 32 random bytes cannot be guessed, so a fast hash
 * is enough (passwords need bcrypt because people choose them).
 */
final class ApiKeyCodec {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";

    private ApiKeyCodec() {
    }

    record NewKey(String prefix, String plain, String hash) {
    }

    static NewKey generate() {
        StringBuilder prefix = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            prefix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = "upk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey(prefix.toString(), plain, hash(plain));
    }

    /** The prefix of a well-formed key. */
    static Optional<String> prefixOf(String plain) {
        if (plain == null || !plain.matches("upk_[a-z2-9]{8}_[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(4, 12));
    }

    static String hash(String plain) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean matches(String plain, String storedHash) {
        return MessageDigest.isEqual(hash(plain).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
