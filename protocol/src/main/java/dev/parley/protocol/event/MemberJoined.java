package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.MemberView;

/** A user joined a community. */
@JsonTypeName("member_joined")
public record MemberJoined(MemberView member) implements Event {
}
