package dev.parley.http.route;

import java.util.Locale;

/** Content-Type checks for request bodies. */
final class MediaTypes {
    private MediaTypes() {
    }

    /** True for {@code application/json}, with or without parameters such as a charset. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }
}
