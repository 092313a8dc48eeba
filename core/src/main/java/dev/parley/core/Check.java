package dev.parley.core;

import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.error.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every field error of a request before failing, so a client learns all of them at once.
 * Text is measured in code points; control characters are refused everywhere except where a
 * field allows newlines. Every text field also refuses invisible format characters (bidi
 * overrides such as U+202E, zero-width spaces, U+FEFF), which can disguise what a text says,
 * except U+200D ZERO WIDTH JOINER that emoji sequences are built with, and refuses unpaired
 * surrogates, which are not Unicode text at all.
 */
public final class Check {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u2028\\u2029]");
    private static final Pattern CONTROL_OR_NEWLINE = Pattern.compile("\\p{Cc}|[\\u2028\\u2029]");
    /** Regex matching walks code points, so \p{Cs} finds only surrogates that are not paired. */
    private static final Pattern INVISIBLE_OR_BROKEN = Pattern.compile("[\\p{Cf}&&[^\\u200D]]|\\p{Cs}");
    private final List<FieldError> errors = new ArrayList<>();

    public static Check start() {
        return new Check();
    }

    public Check fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Check require(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
        }
        return this;
    }

    /** A single-line text of {@code min}..{@code max} code points after trimming; null passes. */
    public Check line(String field, String value, int min, int max) {
        return text(field, value, min, max, CONTROL_OR_NEWLINE);
    }

    /** Like {@link #line} but newlines and tabs are allowed. */
    public Check paragraph(String field, String value, int min, int max) {
        return text(field, value, min, max, CONTROL);
    }

    /** The value must match {@code pattern} and, whatever the pattern allows, be visible text. */
    public Check matches(String field, String value, Pattern pattern, String rule) {
        if (value != null && (!pattern.matcher(value).matches() || INVISIBLE_OR_BROKEN.matcher(value).find())) {
            fail(field, rule);
        }
        return this;
    }

    public Check range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fail(field, "must be between " + min + " and " + max);
        }
        return this;
    }

    /** Every name in {@code clear} must be in {@code clearable} and must not also be set. */
    public Check clears(List<String> clear, Set<String> clearable, Set<String> setFields) {
        if (clear == null) {
            return this;
        }
        for (String name : clear) {
            if (name == null || !clearable.contains(name)) {
                fail("clear", "cannot clear " + name + "; clearable: " + String.join(", ", clearable.stream().sorted().toList()));
            } else if (setFields.contains(name)) {
                fail("clear", name + " is both set and cleared");
            }
        }
        return this;
    }

    /**
     * A permission bit field from a request: null means none; negative or unknown bits fail.
     *
     * @throws Failure VALIDATION_FAILED naming {@code field}
     */
    public static PermissionSet permissionBits(String field, Long bits) {
        if (bits == null) {
            return PermissionSet.NONE;
        }
        if (bits < 0 || (bits & ~PermissionSet.KNOWN_BITS) != 0) {
            throw Failure.invalid(field, "has unknown permission bits");
        }
        return new PermissionSet(bits);
    }

    /** Trims text; blank text means "none". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Fails with every collected error, if any. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw Failure.invalid(errors);
        }
    }

    private Check text(String field, String value, int min, int max, Pattern forbidden) {
        if (value == null) {
            return this;
        }
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length < min || length > max) {
            fail(field, min == max ? "must be " + min + " characters"
                    : "must be " + min + " to " + max + " characters");
        } else if (forbidden.matcher(value).find()) {
            fail(field, "must not contain control characters");
        } else if (INVISIBLE_OR_BROKEN.matcher(value).find()) {
            fail(field, "must not contain invisible formatting characters or broken Unicode");
        }
        return this;
    }
}
