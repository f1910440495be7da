package org.impexflow.account;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets kept at rest: TOTP secrets and pending registration codes (AES-256-GCM, key
 * derived from {@code impexflow.security.totp-encryption-key}).
 */
@Component
public class SecretBox {

    private static final String SALT = "1f0a7e52c4d98b36";

    private final TextEncryptor encryptor;

    SecretBox(SecuritySettings settings) {
        String key = settings.totpEncryptionKey();
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("impexflow.security.totp-encryption-key must be set (16 characters or more)");
        }
        this.encryptor = Encryptors.delux(key, SALT);
    }

    public String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    public String decrypt(String encrypted) {
        return encryptor.decrypt(encrypted);
    }
}
