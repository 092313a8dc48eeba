package dev.parley.web;

import dev.parley.domain.permission.Permission;

/**
 * Writes {@code web/src/generated/permissions.ts} from the domain's {@link Permission} enum: the
 * bit of each permission by name, in bit order. The bits are part of the wire contract (permission
 * sets travel as decimal strings of the bit field) but live in {@code domain}, not in
 * {@code protocol}, so they get a file of their own. {@link GeneratedTypesTest} keeps it current.
 */
public final class TypeScriptPermissions {

    private TypeScriptPermissions() {
    }

    /** The whole generated file. */
    public static String generate() {
        var out = new StringBuilder();
        out.append("// Generated from the domain's Permission enum by dev.parley.web.TypeScriptPermissions. Do not edit.\n");
        out.append("// Regenerate: ./mvnw -q -B test -pl web -am -Dtest=GeneratedTypesTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dparley.web.regenerate=true\n\n");
        out.append("/** Each permission's bit position in a permission set (docs/permissions.md, Bits). */\n");
        out.append("export const PermissionBits = {\n");
        for (Permission p : Permission.values()) {
            out.append("  ").append(p.name()).append(": ").append(Long.numberOfTrailingZeros(p.mask())).append(",\n");
        }
        out.append("} as const;\n\n");
        out.append("export type PermissionName = keyof typeof PermissionBits;\n");
        return out.toString();
    }
}
