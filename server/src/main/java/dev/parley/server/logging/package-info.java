/**
 * Log output for the server process: Logback configured in code from
 * {@link dev.parley.server.config.LogConfig}. Until {@link dev.parley.server.logging.Logging#configure}
 * runs, {@code logback.xml} on the classpath gives the same text format at INFO.
 */
package dev.parley.server.logging;
