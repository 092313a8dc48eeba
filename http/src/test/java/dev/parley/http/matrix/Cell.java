package dev.parley.http.matrix;

import dev.parley.http.route.PathTemplate;
import dev.parley.http.support.Account;
import dev.parley.http.support.Chat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One cell of the matrix: a row, an actor and a target. Resolves the actor's account and each
 * path parameter the first time it is asked, making fresh resources where a cell may destroy
 * what it names.
 */
final class Cell {
    final MatrixWorld world;
    final Row row;
    final Actor actor;
    final Target target;
    private final Map<String, String> values = new HashMap<>();
    private Account account;
    private boolean accountResolved;
    private MatrixWorld.Community community;

    Cell(MatrixWorld world, Row row, Actor actor, Target target) {
        this.world = world;
        this.row = row;
        this.actor = actor;
        this.target = target;
    }

    /** The acting account; null for the anonymous actor. */
    Account account() {
        if (!accountResolved) {
            account = row.disposableActor ? world.disposable(actor) : world.account(actor);
            if (account != null && row.freshSession) {
                account = world.api.login(account);
            }
            accountResolved = true;
        }
        return account;
    }

    /** The acting account, or the member's when anonymous (for bodies that need credentials). */
    Account accountOrMember() {
        return account() == null ? world.member : account();
    }

    String token() {
        return account() == null ? null : account().token();
    }

    String path() {
        PathTemplate template = PathTemplate.parse(row.path);
        String path = row.path;
        for (String param : template.params()) {
            path = path.replace("{" + param + "}", param(param));
        }
        return path;
    }

    /** A parameter's value for this cell (path parameters and ids bodies refer to alike). */
    String param(String name) {
        if (row.fixed.containsKey(name)) {
            return row.fixed.get(name);
        }
        return values.computeIfAbsent(name, n -> resolve(n, targetOf(n)));
    }

    /** The community this cell acts on, for rows marked {@link Row#freshCommunity()}. */
    MatrixWorld.Community community() {
        if (community == null) {
            community = world.freshCommunity();
        }
        return community;
    }

    private Target targetOf(String name) {
        if (target != Target.MISSING) {
            return target;
        }
        List<String> params = PathTemplate.parse(row.path).params().stream().filter(p -> !row.fixed.containsKey(p)).toList();
        return !params.isEmpty() && params.getLast().equals(name) ? Target.MISSING : Target.OWN;
    }

    private String resolve(String name, Target t) {
        if (t == Target.MISSING) {
            return switch (name) {
                case "code" -> "Missing0000";
                case "emoji" -> Chat.path("\uD83E\uDD84");
                case "username" -> "no-such-user";
                default -> MatrixWorld.MISSING_ID;
            };
        }
        boolean own = t == Target.OWN;
        var custom = (own ? row.own : row.other).get(name);
        if (custom != null) {
            return custom.apply(this);
        }
        return switch (name) {
            case "cid" -> own ? (row.freshCommunity ? community().id() : world.a) : world.b;
            case "chid" -> own ? world.freshChannel() : world.bChannel;
            case "rid", "targetId" -> own ? world.freshRole() : world.bRole;
            case "uid" -> own ? world.freshMember().id() : world.bOwner.id();
            case "sid" -> own ? world.api.login(accountOrMember()).sessionId() : world.bOwner.sessionId();
            case "code" -> world.freshInvite(own);
            case "username" -> own ? world.member.username() : world.bOwner.username();
            case "mid" -> own ? world.freshMessage() : world.bMessage;
            case "emoji" -> MatrixWorld.EMOJI;
            default -> throw new IllegalArgumentException("no resolver for {" + name + "}");
        };
    }
}
