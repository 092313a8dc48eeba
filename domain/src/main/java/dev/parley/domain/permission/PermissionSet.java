package dev.parley.domain.permission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An immutable set of {@link Permission}s backed by its bit field. Unknown bits are dropped. */
public record PermissionSet(long bits) {
    public static final long KNOWN_BITS = knownBits();
    public static final PermissionSet NONE = new PermissionSet(0);
    public static final PermissionSet ALL = new PermissionSet(KNOWN_BITS);

    /** What a fresh community grants to {@code @everyone}. */
    public static final PermissionSet EVERYONE_DEFAULT = of(
            Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES, Permission.READ_MESSAGE_HISTORY,
            Permission.ADD_REACTIONS, Permission.ATTACH_FILES, Permission.EMBED_LINKS,
            Permission.CREATE_INVITE, Permission.CHANGE_NICKNAME, Permission.CONNECT,
            Permission.SPEAK, Permission.VIDEO);

    public PermissionSet {
        bits &= KNOWN_BITS;
    }

    public static PermissionSet of(Permission... permissions) {
        long bits = 0;
        for (Permission p : permissions) {
            bits |= p.mask();
        }
        return new PermissionSet(bits);
    }

    public static PermissionSet of(Collection<Permission> permissions) {
        return of(permissions.toArray(Permission[]::new));
    }

    public boolean has(Permission permission) {
        return (bits & permission.mask()) != 0;
    }

    public boolean containsAll(PermissionSet other) {
        return (bits & other.bits) == other.bits;
    }

    public PermissionSet plus(PermissionSet other) {
        return new PermissionSet(bits | other.bits);
    }

    public PermissionSet minus(PermissionSet other) {
        return new PermissionSet(bits & ~other.bits);
    }

    public PermissionSet plus(Permission permission) {
        return new PermissionSet(bits | permission.mask());
    }

    public List<Permission> toList() {
        List<Permission> list = new ArrayList<>();
        for (Permission p : Permission.values()) {
            if (has(p)) {
                list.add(p);
            }
        }
        return list;
    }

    @Override
    public String toString() {
        return toList().toString();
    }

    private static long knownBits() {
        long bits = 0;
        for (Permission p : Permission.values()) {
            bits |= p.mask();
        }
        return bits;
    }
}
