package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.MemberView;

/** A member's nickname or roles changed. */
@JsonTypeName("member_updated")
public record MemberUpdated(MemberView member) implements Event {
}
