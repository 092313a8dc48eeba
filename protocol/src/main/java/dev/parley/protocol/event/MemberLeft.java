package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A member left ({@code reason} left), was kicked (kicked) or deleted their account (deleted). */
@JsonTypeName("member_left")
public record MemberLeft(@Id long communityId, @Id long userId, String reason) implements Event {
}
