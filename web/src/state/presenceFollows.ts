// Presence in `large` communities is lazy (gateway.md §11): nothing is pushed until the client asks
// with REQUEST_MEMBERS `presences: true`, and what it asked for lasts as long as the connection.
// This keeps, per connection, which users were asked for, and turns the members now on screen into
// requests of at most MEMBERS_MAX_USER_IDS ids each.
import { GatewayLimits, type Id, type RequestMembers } from '../generated/protocol';

export class PresenceFollows {
  private requested = new Set<string>();

  /** The requests for the visible members not asked for yet on this connection (none when all were). */
  requests(communityId: Id, visible: Id[]): RequestMembers[] {
    const fresh = [...new Set(visible)].filter((id) => !this.requested.has(`${communityId}/${id}`));
    const out: RequestMembers[] = [];
    for (let i = 0; i < fresh.length; i += GatewayLimits.MEMBERS_MAX_USER_IDS) {
      out.push({ community_id: communityId, user_ids: fresh.slice(i, i + GatewayLimits.MEMBERS_MAX_USER_IDS), presences: true });
    }
    for (const id of fresh) this.requested.add(`${communityId}/${id}`);
    // the server keeps the newest PRESENCE_SUBSCRIPTIONS_MAX follows: forget the oldest as it does
    for (const key of this.requested) {
      if (this.requested.size <= GatewayLimits.PRESENCE_SUBSCRIPTIONS_MAX) break;
      this.requested.delete(key);
    }
    return out;
  }

  /** A new connection (READY or RESUMED): the server forgot every follow, so everything is asked for again. */
  reset(): void {
    this.requested.clear();
  }
}
