package dev.parley.core.auth;

import java.util.regex.Pattern;

/** What usernames, display names, emails and device names must look like. */
public final class AccountRules {
    /** 2 to 32 of letters, digits, dot, underscore and hyphen. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.\\-]{2,32}");
    /** Reserved for the tombstones of deleted accounts. */
    public static final String RESERVED_PREFIX = "deleted-";
    /** Deliberately loose: one @, no spaces, a dot in the domain. Ownership is proven by mail later. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    public static final int DISPLAY_NAME_MAX = 64;
    public static final int EMAIL_MAX = 254;
    public static final int DEVICE_NAME_MAX = 64;

    private AccountRules() {
    }
}
