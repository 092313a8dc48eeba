/**
 * The command line: {@link dev.parley.server.cli.CommandLine#parse} turns arguments into one
 * {@link dev.parley.server.cli.Command}, or a {@link dev.parley.server.cli.UsageException} that says
 * what is wrong. Parsing only: nothing here reads files, the environment or stdin.
 */
package dev.parley.server.cli;
