package cn.jumin.yibao.policy.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-character resident ID number (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence, and an
 * ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Why an ID number is not valid. */
    public enum Problem { LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT }

    private ResidentId() {}

    /** Empty when valid; lower-case x is accepted as X. */
    public static Optional<Problem> problem(String id) {
        if (id == null || id.length() != 18) return Optional.of(Problem.LENGTH);
        for (int i = 0; i < 17; i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return Optional.of(Problem.CHARACTERS);
        char last = Character.toUpperCase(id.charAt(17));
        if (!(last >= '0' && last <= '9') && last != 'X') return Optional.of(Problem.CHARACTERS);
        if (birthDateOrNull(id) == null) return Optional.of(Problem.BIRTH_DATE);
        return checkChar(id) == last ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    public static boolean isValid(String id) { return problem(id).isEmpty(); }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK[sum % 11];
    }

    /** The canonical form: upper-case X. Call only on valid numbers. */
    public static String normalize(String id) { return id.toUpperCase(java.util.Locale.ROOT); }

    public static LocalDate birthDate(String id) {
        LocalDate d = birthDateOrNull(id);
        if (d == null) throw new IllegalArgumentException("not a valid ID number");
        return d;
    }

    private static LocalDate birthDateOrNull(String id) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return d.getYear() < 1880 ? null : d;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The area code the number was issued in (first six digits). */
    public static String areaCode(String id) { return id.substring(0, 6); }

    /** {@code 5323**********1234}: first four and last four characters kept; anything else masked entirely. */
    public static String mask(String id) {
        if (id == null) return null;
        if (id.length() != 18) return "*".repeat(Math.max(4, id.length()));
        return id.substring(0, 4) + "**********" + id.substring(14);
    }

    /** {@code 张*}, {@code 欧阳**}: the first character kept (two for four-character names). */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) return name;
        int[] cps = name.codePoints().toArray();
        int keep = cps.length >= 4 ? 2 : 1;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i < keep) b.appendCodePoint(cps[i]); else b.append('*');
        }
        return cps.length == 1 ? b.append('*').toString() : b.toString();
    }
}
