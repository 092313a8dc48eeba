/**
 * The web client's static files: the bundle the {@code web} module packs under a classpath
 * folder, served at {@code /} with a single-page-app fallback, content types, caching and a
 * Content-Security-Policy. See {@link dev.parley.http.web.WebClient}.
 */
package dev.parley.http.web;
