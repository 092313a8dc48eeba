package dev.parley.http.route;

/** The HTTP methods the REST API routes. */
public enum Method {
    GET, POST, PUT, PATCH, DELETE
}
