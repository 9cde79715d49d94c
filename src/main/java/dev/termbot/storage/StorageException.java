package dev.termbot.storage;

/**
 * The database cannot be opened or used as asked: the file is unreadable, its schema is newer than
 * this termbot, or the user-id hash key does not match the one the data was written with. The
 * message says what to do; it never contains message text, user ids or key material.
 */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
