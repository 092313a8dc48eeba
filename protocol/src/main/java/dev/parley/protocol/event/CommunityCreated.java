package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.CommunityView;

/** The caller created or joined a community and should add it to their list. */
@JsonTypeName("community_created")
public record CommunityCreated(CommunityView community) implements Event {
}
