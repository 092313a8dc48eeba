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
        long value = DECIMAL.matcher(raw).matches() ? parse(raw) : -1;
        if (value < 0) {
            throw Failure.invalid(name, "must be a decimal id");
        }
        return value;
    }

    @Override
    public Long queryPositive(String name) {
        String raw = single(name);
        if (raw == null) {
            return null;
        }
        long value = DECIMAL.matcher(raw).matches() ? parse(raw) : -1;
        if (value <= 0) {
            throw Failure.invalid(name, "must be a positive decimal integer");
        }
        return value;
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

    /** A decimal of up to 19 digits, or -1 when it overflows a long. */
    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
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
