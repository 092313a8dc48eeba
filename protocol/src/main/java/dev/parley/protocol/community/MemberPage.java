package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import java.util.List;

/** A page of members ordered by user id; pass {@code next} as {@code after} for the next page (null at the end). */
public record MemberPage(List<MemberView> members, @Id Long next) {
}
