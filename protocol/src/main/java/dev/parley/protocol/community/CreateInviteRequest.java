package dev.parley.protocol.community;

/** Creates an invite. {@code maxAgeSeconds}: 0 never expires, default 7 days, at most 30 days;
 * {@code maxUses}: 0 unlimited (default), at most 1000. */
public record CreateInviteRequest(Integer maxAgeSeconds, Integer maxUses) {
}
