package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;
import java.util.List;

/** Sessions of the user ended (logout, revocation, password change): their sockets close. */
@JsonTypeName("sessions_revoked")
public record SessionsRevoked(@Id long userId, List<String> sessionIds) implements Event {
}
