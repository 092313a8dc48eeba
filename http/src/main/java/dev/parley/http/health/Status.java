package dev.parley.http.health;

/** The body of {@code /health} and {@code /ready}. */
public record Status(String status) {
}
