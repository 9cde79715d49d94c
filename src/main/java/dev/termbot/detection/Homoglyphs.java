package dev.termbot.detection;

import java.util.HashMap;
import java.util.Map;

/**
 * Letters from other scripts that look like Latin letters ("distillation" spelled with a Cyrillic
 * "а" or a Greek "ο"), mapped to the Latin letter a reader sees. Upper- and lowercase are listed
 * separately because they can look like different Latin letters (Greek "Η" is an H, "η" an n).
 *
 * <p>Only letters that are near-identical in common fonts are listed: the aim is to undo deliberate
 * evasion, not to transliterate. Stateless and thread-safe.
 */
final class Homoglyphs {
    private static final Map<Integer, Character> LATIN = new HashMap<>();

    static {
        // Cyrillic capitals that look like Latin capitals (they are lowercased afterwards)
        pairs("АaВbЕeЅsІiЈjКkМmНhОoРpСcТtХxҮyԜwԚqӀl");
        // Cyrillic small letters
        pairs("аaвbеeёeѕsіiїiјjкkмmнhоoрpсcтtуyхxһhԁdԛqԝwӏlѐeьbпn");
        // Greek capitals that look like Latin capitals
        pairs("ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx");
        // Greek small letters
        pairs("αaβbγyεeηnιiκkνvοoρpτtυuχxωwϲcϳjμu");
        // Latin look-alikes outside ASCII that NFKC leaves alone
        pairs("ıiȷjɑaɡgɩiɪiʟlᴀaᴄcᴅdᴇeᴋkᴍmᴏoᴘpᴛtᴜuᴠvᴡwᴢzꞮi");
        // Armenian
        pairs("օoսuոnհhցg");
    }

    private Homoglyphs() {
    }

    /** The Latin letter that {@code codePoint} passes for, or -1 when it is not a known look-alike. */
    static int latinFor(int codePoint) {
        Character latin = LATIN.get(codePoint);
        return latin == null ? -1 : latin;
    }

    private static void pairs(String lookAlikeThenLatin) {
        for (int i = 0; i + 1 < lookAlikeThenLatin.length(); i += 2) {
            LATIN.put((int) lookAlikeThenLatin.charAt(i), lookAlikeThenLatin.charAt(i + 1));
        }
    }
}
