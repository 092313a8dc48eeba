/**
 * The composition root: reads config, wires every component by hand ({@link dev.parley.server.Parley}),
 * and runs the command the user asked for ({@link dev.parley.server.Main}). No DI container:
 * every {@code new} of a long-lived component is in this package.
 */
package dev.parley.server;
