/**
 * Benchmarks, run as programs and never as tests: timings are reported, not asserted
 * (docs/benchmarks.md says what each measures and how to run it). {@link dev.parley.bench.MessagingBench}
 * measures acknowledged sends and history pages against a real single-node server in process.
 */
package dev.parley.bench;
