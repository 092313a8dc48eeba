package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.CommunityView;

/** A community's name, description or owner changed. */
@JsonTypeName("community_updated")
public record CommunityUpdated(CommunityView community) implements Event {
}
