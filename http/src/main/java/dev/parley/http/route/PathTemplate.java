package dev.parley.http.route;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path template such as {@code /api/v1/communities/{cid}/roles/{rid}}: its parameter names in
 * order, its Vert.x form ({@code :cid}) and a matcher for concrete paths (to tell 404 from 405).
 */
public record PathTemplate(String template, List<String> params, Pattern regex) {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public static PathTemplate parse(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with /: " + template);
        }
        List<String> params = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
            params.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        if (template.substring(last).contains("{") || template.substring(last).contains("}")) {
            throw new IllegalArgumentException("malformed path template: " + template);
        }
        return new PathTemplate(template, List.copyOf(params), Pattern.compile(regex + "/?"));
    }

    /** The template in Vert.x syntax: {@code {cid}} becomes {@code :cid}. */
    public String vertxPath() {
        return PARAM.matcher(template).replaceAll(":$1");
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }
}
