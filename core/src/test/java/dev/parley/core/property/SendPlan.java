package dev.parley.core.property;

import java.util.List;

/**
 * What each client of the property test does, in order: send to a channel, maybe mention
 * someone, then retry the very same send some times (as a client does when it lost the ack),
 * and maybe try to reuse the client id for other content.
 */
record SendPlan(List<List<Op>> clients) {
    enum Mention { NONE, NEXT_USER, TEAM_ROLE, EVERYONE }

    record Op(int channel, String text, Mention mention, int retries, boolean reuseIdForOtherContent) {
    }

    int clientCount() {
        return clients.size();
    }
}
