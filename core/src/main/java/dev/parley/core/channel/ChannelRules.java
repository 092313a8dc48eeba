package dev.parley.core.channel;

import java.util.regex.Pattern;

/** What channel fields must look like. */
public final class ChannelRules {
    /** Text and announcement channel names: lowercase letters (any script), digits, '-' and '_'. */
    public static final Pattern TEXT_NAME = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}_\\-]{1,100}");
    public static final int NAME_MAX = 100;
    public static final int TOPIC_MAX = 1024;
    public static final int SLOWMODE_MAX = 21_600;
    public static final int POSITION_MAX = 10_000;
    public static final int PER_COMMUNITY_MAX = 500;

    private ChannelRules() {
    }
}
