package dev.termbot.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the per-install secret for hashing user ids: {@code TERMBOT_HASH_KEY} when set, otherwise a
 * key file next to the database ({@code <db file>.key}), generated on first start from 32
 * SecureRandom bytes and written with permissions 600 where the file system has them. The key is
 * kept outside the database so a copied database alone does not allow re-identifying users.
 * The key itself is never logged.
 */
final class HashKey {
    private static final Logger LOG = LoggerFactory.getLogger(HashKey.class);
    static final int MIN_ENV_LENGTH = 16;
    private static final int KEY_BYTES = 32;

    private HashKey() {
    }

    /** The key file that belongs to a database file. */
    static Path fileFor(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".key");
    }

    static byte[] resolve(Optional<String> fromEnvironment, Path keyFile) {
        if (fromEnvironment.isPresent()) {
            String value = fromEnvironment.get();
            if (value.length() < MIN_ENV_LENGTH) {
                throw new StorageException(StorageOptions.HASH_KEY_VARIABLE + " is too short: use at least "
                        + MIN_ENV_LENGTH + " characters (for example 32 random bytes in base64)");
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }
        if (Files.exists(keyFile)) {
            return read(keyFile);
        }
        return generate(keyFile);
    }

    private static byte[] read(Path keyFile) {
        try {
            String text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
            byte[] key = Base64.getDecoder().decode(text);
            if (key.length < MIN_ENV_LENGTH) {
                throw new StorageException("the hash key file " + keyFile + " holds too short a key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new StorageException("the hash key file " + keyFile + " is not base64", e);
        } catch (IOException e) {
            throw new StorageException("cannot read the hash key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static byte[] generate(Path keyFile) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            createPrivateFile(keyFile);
            Files.write(keyFile, text, StandardOpenOption.TRUNCATE_EXISTING);
            LOG.info("generated a new user-id hash key in {}", keyFile);
            return key;
        } catch (FileAlreadyExistsException e) {
            // another process (a second shard) created it first: use theirs so both hash alike
            return read(keyFile);
        } catch (IOException e) {
            throw new StorageException("cannot write the hash key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static void createPrivateFile(Path keyFile) throws IOException {
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Files.createFile(keyFile, ownerOnly);
        } else {
            Files.createFile(keyFile);
        }
    }
}
