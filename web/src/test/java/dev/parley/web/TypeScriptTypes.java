package dev.parley.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.gateway.CloseCode;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.protocol.gateway.Op;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the web client's protocol types ({@code web/src/generated/protocol.ts}) from the
 * {@code protocol} module by reflection, with the wire codec's rules (the same ones the OpenAPI
 * schemas follow): record components in snake_case; {@link Id} longs as digit strings; instants as
 * ISO-8601 strings; primitives always present, every other field optional (the server leaves nulls
 * out, and absent means null). It emits one interface per record of the module, the {@link Event}
 * catalog as a union discriminated by {@code type}, the ops, the close codes with their actions,
 * the error codes and {@link GatewayLimits}. The output is deterministic (sorted), so
 * {@link GeneratedTypesTest} can compare it with the committed file byte for byte.
 */
public final class TypeScriptTypes {
    private static final String PROTOCOL_PACKAGE = "dev.parley.protocol";

    private TypeScriptTypes() {
    }

    /** The whole generated file. */
    public static String generate() {
        var out = new StringBuilder();
        out.append("// Generated from the protocol module by dev.parley.web.TypeScriptTypes. Do not edit.\n");
        out.append("// Regenerate: ./mvnw -q -B test -pl web -am -Dtest=GeneratedTypesTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dparley.web.regenerate=true\n");
        out.append("/* eslint-disable */\n\n");
        out.append("/** A 64-bit id as a decimal string. */\nexport type Id = string;\n");
        out.append("/** An ISO-8601 UTC time. */\nexport type Time = string;\n");
        Map<String, Class<?>> records = new TreeMap<>();
        for (Class<?> c : protocolClasses()) {
            if (c.isRecord()) {
                records.put(name(c), c);
            }
        }
        for (Class<?> record : records.values()) {
            out.append('\n').append(recordInterface(record));
        }
        out.append('\n').append(eventUnion());
        out.append('\n').append(ops());
        out.append('\n').append(closeCodes());
        out.append('\n').append(errorCodes());
        out.append('\n').append(limits());
        return out.toString();
    }

    private static String recordInterface(Class<?> record) {
        var out = new StringBuilder("export interface ").append(name(record)).append(" {\n");
        JsonTypeName typeName = record.getAnnotation(JsonTypeName.class);
        if (typeName != null && Event.class.isAssignableFrom(record)) {
            out.append("  type: '").append(typeName.value()).append("';\n");
        }
        for (RecordComponent rc : record.getRecordComponents()) {
            boolean required = rc.getType().isPrimitive();
            out.append("  ").append(snake(rc.getName())).append(required ? ": " : "?: ")
                    .append(tsType(rc.getGenericType(), rc.isAnnotationPresent(Id.class))).append(";\n");
        }
        return out.append("}\n").toString();
    }

    private static String tsType(Type type, boolean id) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(tsType(args[0], id));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "Record<string, " + tsType(args[1], id) + ">";
            }
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return name(c);
        }
        if (c == Op.class) {
            return "Op";
        }
        if (c == Event.class) {
            return "Event";
        }
        if (c == String.class) {
            return "string";
        }
        if (c == Instant.class) {
            return "Time";
        }
        if (c == long.class || c == Long.class) {
            return id ? "Id" : "number";
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class
                || c == double.class || c == Double.class) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (c == Object.class) {
            return "unknown";
        }
        throw new IllegalArgumentException("no TypeScript type for " + c.getName());
    }

    private static String array(String element) {
        return element.matches("[A-Za-z]+") ? element + "[]" : "Array<" + element + ">";
    }

    private static String eventUnion() {
        var out = new StringBuilder("/** The dispatch catalog: DISPATCH.d, discriminated by type (= DISPATCH.t). */\n");
        out.append("export type Event =\n");
        List<String> names = new ArrayList<>();
        for (JsonSubTypes.Type sub : Event.class.getAnnotation(JsonSubTypes.class).value()) {
            names.add(name(sub.value()));
        }
        for (int i = 0; i < names.size(); i++) {
            out.append("  | ").append(names.get(i)).append(i == names.size() - 1 ? ";\n" : "\n");
        }
        out.append("export type EventType = Event['type'];\n");
        return out.toString();
    }

    private static String ops() {
        var out = new StringBuilder("export type Op =\n");
        Op[] ops = Op.values();
        for (int i = 0; i < ops.length; i++) {
            out.append("  | '").append(ops[i].wire()).append(i == ops.length - 1 ? "';\n" : "'\n");
        }
        out.append("\n/** What a client sends: the envelope's op and its payload. */\nexport type ClientFrame =\n");
        List<Op> client = Stream.of(ops).filter(Op::sentByClient).toList();
        for (int i = 0; i < client.size(); i++) {
            Op op = client.get(i);
            out.append("  | { op: '").append(op.wire()).append("'; d: ").append(name(op.clientPayload().orElseThrow()))
                    .append(" }").append(i == client.size() - 1 ? ";\n" : "\n");
        }
        out.append("\n/** What the server sends; DISPATCH carries s (session sequence) and t (= d.type). */\n");
        out.append("export type ServerFrame =\n");
        List<Op> server = Stream.of(ops).filter(Op::sentByServer).toList();
        for (int i = 0; i < server.size(); i++) {
            Op op = server.get(i);
            out.append("  | { op: '").append(op.wire()).append("'; ");
            if (op.sequenced()) {
                out.append("t: EventType; s: number; d: Event }");
            } else {
                out.append("d: ").append(name(op.serverPayload().orElseThrow())).append(" }");
            }
            out.append(i == server.size() - 1 ? ";\n" : "\n");
        }
        return out.toString();
    }

    private static String closeCodes() {
        var out = new StringBuilder("export type CloseAction = 'RESUME' | 'RECONNECT' | 'STOP';\n\n");
        out.append("/** The gateway's close codes (gateway.md §9) and what a client does after each. */\n");
        out.append("export const CloseCodes: Readonly<Record<number, { reason: string; action: CloseAction }>> = {\n");
        for (CloseCode code : CloseCode.values()) {
            out.append("  ").append(code.code()).append(": { reason: '").append(code.reason())
                    .append("', action: '").append(code.action().name()).append("' },\n");
        }
        return out.append("};\n").toString();
    }

    private static String errorCodes() {
        var out = new StringBuilder("/** Stable problem codes (api.md, Errors). */\nexport type ErrorCode =\n");
        ErrorCode[] codes = ErrorCode.values();
        for (int i = 0; i < codes.length; i++) {
            out.append("  | '").append(codes[i].code()).append(i == codes.length - 1 ? "';\n" : "'\n");
        }
        return out.toString();
    }

    private static String limits() {
        var out = new StringBuilder("/** Gateway limits and timings (gateway.md §14). */\nexport const GatewayLimits = {\n");
        for (Field field : GatewayLimits.class.getDeclaredFields()) {
            int mod = field.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && field.getType() == int.class) {
                try {
                    out.append("  ").append(field.getName()).append(": ").append(field.getInt(null)).append(",\n");
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out.append("} as const;\n").toString();
    }

    /** {@code ReorderChannelsRequest.Entry} becomes {@code ReorderChannelsRequestEntry}, as in the OpenAPI document. */
    private static String name(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : name(c.getEnclosingClass()) + c.getSimpleName();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Every class of the protocol module, read from its jar or classes directory. */
    private static List<Class<?>> protocolClasses() {
        try {
            Path root = Path.of(Id.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                return classesUnder(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                return classesUnder(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(p -> p.endsWith(".class") && !p.endsWith("package-info.class") && !p.contains("module-info"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(n -> n.startsWith(PROTOCOL_PACKAGE + "."))
                    .sorted()
                    .<Class<?>>map(TypeScriptTypes::load)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TypeScriptTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
