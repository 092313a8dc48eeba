package dev.parley.http.support;

import static dev.parley.http.support.Api.expect;

import java.util.Map;

/** Named steps that flows and worlds are built from, each through the real API. */
public final class Steps {
    private final Api api;

    public Steps(Api api) {
        this.api = api;
    }

    /** Creates a community owned by {@code owner}; returns its id. */
    public String community(Account owner, String name) {
        return expect(api.send("POST", "/api/v1/communities", owner.token(), Map.of("name", name)), 201).str("id");
    }

    /** An unlimited invite to {@code cid} made by {@code inviter}; returns its code. */
    public String invite(Account inviter, String cid) {
        return expect(api.send("POST", "/api/v1/communities/" + cid + "/invites", inviter.token(), null), 201).str("code");
    }

    /** {@code joiner} joins {@code cid} through an invite made by {@code inviter}. */
    public void join(Account inviter, String cid, Account joiner) {
        expect(api.send("POST", "/api/v1/invites/" + invite(inviter, cid) + "/accept", joiner.token(), null), 200);
    }

    public String channel(Account actor, String cid, Map<String, ?> body) {
        return expect(api.send("POST", "/api/v1/communities/" + cid + "/channels", actor.token(), body), 201).str("id");
    }

    public String role(Account actor, String cid, Map<String, ?> body) {
        return expect(api.send("POST", "/api/v1/communities/" + cid + "/roles", actor.token(), body), 201).str("id");
    }

    public void grant(Account actor, String cid, String uid, String rid) {
        expect(api.send("PUT", "/api/v1/communities/" + cid + "/members/" + uid + "/roles/" + rid, actor.token(), null), 200);
    }
}
