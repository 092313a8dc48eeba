package dev.parley.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends one request and returns whatever status came back; deciding what a status means is the
 * caller's job. Shared by every {@link ParleyClient} derived from one {@code connect}, so they
 * share connections. I/O failures become {@link UncheckedIOException}; an interrupt restores the
 * thread's flag and becomes an {@code UncheckedIOException} around an {@link InterruptedIOException}.
 */
final class Transport {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String USER_AGENT = "parley-java-client";

    private final URI baseUrl;
    private final String root;
    private final HttpClient http;

    Transport(URI baseUrl, HttpClient http) {
        if (baseUrl.getScheme() == null || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base URL needs a scheme and a host: " + baseUrl);
        }
        this.baseUrl = baseUrl;
        String text = baseUrl.toString();
        this.root = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.http = http;
    }

    static HttpClient defaultHttpClient() {
        // HTTP/1.1: the default HTTP/2 attempts an h2c upgrade on plain http, which buys nothing here.
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** Sends {@code call}, with {@code bearer} as the access token when it is not null. */
    HttpResponse<String> send(ApiCall call, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + call.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", USER_AGENT)
                .method(call.method(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(call.method() + " " + call.path() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException(call.method() + " " + call.path() + " interrupted"));
        }
    }
}
