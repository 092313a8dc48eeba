package dev.parley.http.route;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import java.util.List;
import java.util.regex.Pattern;

/** The {@link Call} over an {@link Incoming} request and its (possibly absent) caller. */
record HttpCall(Caller authenticated, Incoming in) implements Call {
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

    @Override
    public Caller caller() {
        if (authenticated == null) {
            throw new IllegalStateException("an open route has no caller");
        }
        return authenticated;
    }

    @Override
    public String ip() {
        return in.ip();
    }

    @Override
    public long id(String param) {
        return ParamKind.parseId(param, in.pathParams().get(param));
    }

    @Override
    public long userId(String param) {
        String raw = in.pathParams().get(param);
        return ParamKind.ME.equals(raw) ? caller().userId() : ParamKind.parseId(param, raw);
    }

    @Override
    public String text(String param) {
        return in.pathParams().get(param);
    }

    @Override
    public long queryId(String name, long absent) {
        String raw = single(name);
        if (raw == null) {
            return absent;
        }
        if (DECIMAL.matcher(raw).matches()) {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException tooLarge) {
                // falls through to the failure
            }
        }
        throw Failure.invalid(name, "must be a decimal id");
    }

    @Override
    public Integer queryInt(String name) {
        String raw = single(name);
        if (raw == null) {
            return null;
        }
        if (INTEGER.matcher(raw).matches()) {
            long value = Long.parseLong(raw);
            if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
        }
        throw Failure.invalid(name, "must be an integer");
    }

    private String single(String name) {
        List<String> values = in.query().get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw Failure.invalid(name, "must be given once");
        }
        return values.getFirst();
    }
}
