/**
 * The gateway benchmark, a program and never a test (docs/benchmarks.md, "Gateway"):
 * {@link dev.parley.bench.gateway.GatewayLoad} measures heap per idle connection, fan-out
 * deliveries per second, send → deliver latency and handshakes per second on Parley's WebSocket
 * gateway and, in the same run, on {@link dev.parley.bench.gateway.RawNettyBroadcastServer}, a
 * minimal raw-Netty server speaking the same frames, as the baseline. The load comes from
 * {@link dev.parley.bench.gateway.LoadWorker} processes, each on its own 127.0.0.x source address.
 */
package dev.parley.bench.gateway;
