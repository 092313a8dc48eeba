package dev.parley.core.property;

import java.util.List;
import java.util.Set;

/**
 * The simple model the server must agree with. A user has read a channel up to their own latest
 * message there (sending marks read); everything after it by others is unread, and counts as a
 * mention when it names them, names a role they hold, or is an @everyone by someone allowed to.
 */
final class SendModel {
    /** One acknowledged message as the client saw it. */
    record Ack(long messageId, long seq, int channel, int author, SendPlan.Mention mention, int mentionedUser) {
    }

    private SendModel() {
    }

    static long readSeq(List<Ack> acks, int user, int channel) {
        return acks.stream().filter(a -> a.channel() == channel && a.author() == user).mapToLong(Ack::seq).max().orElse(0);
    }

    static int unread(List<Ack> acks, int user, int channel) {
        long read = readSeq(acks, user, channel);
        return (int) acks.stream().filter(a -> a.channel() == channel && a.author() != user && a.seq() > read).count();
    }

    static int mentions(List<Ack> acks, int user, int channel, Set<Integer> teamMembers, int everyoneAllowed) {
        long read = readSeq(acks, user, channel);
        return (int) acks.stream()
                .filter(a -> a.channel() == channel && a.author() != user && a.seq() > read)
                .filter(a -> switch (a.mention()) {
                    case NONE -> false;
                    case NEXT_USER -> a.mentionedUser() == user;
                    case TEAM_ROLE -> teamMembers.contains(user);
                    case EVERYONE -> a.author() == everyoneAllowed;
                })
                .count();
    }
}
