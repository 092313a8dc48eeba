package dev.parley.core;

import dev.parley.core.auth.Accounts;
import dev.parley.core.channel.Channels;
import dev.parley.core.community.Communities;
import dev.parley.core.community.MemberRequests;
import dev.parley.core.community.Members;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.delivery.Delivery;
import dev.parley.core.delivery.Snapshots;
import dev.parley.core.message.History;
import dev.parley.core.message.Messages;
import dev.parley.core.message.Pins;
import dev.parley.core.message.Reactions;
import dev.parley.core.presence.LastSeen;
import dev.parley.core.readstate.ReadStates;
import dev.parley.core.user.Privacy;
import dev.parley.core.invite.Invites;
import dev.parley.core.role.Roles;
import dev.parley.core.user.Profiles;
import java.util.function.BooleanSupplier;

/**
 * Every use case, as the transports (REST and the gateway) see them. Built by the server's wiring.
 * {@code memberRequests}, {@code delivery}, {@code snapshots} and {@code lastSeen} serve the gateway only.
 */
public record UseCases(
        Accounts accounts,
        Profiles profiles,
        Communities communities,
        Members members,
        Channels channels,
        Roles roles,
        Invites invites,
        Messages messages,
        History history,
        Reactions reactions,
        Pins pins,
        ReadStates readStates,
        Conversations conversations,
        Privacy privacy,
        MemberRequests memberRequests,
        Delivery delivery,
        Snapshots snapshots,
        LastSeen lastSeen,
        BooleanSupplier databaseReachable) {
}
