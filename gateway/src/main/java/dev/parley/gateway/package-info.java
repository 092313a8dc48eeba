/**
 * The WebSocket gateway (docs/protocol/gateway.md): one Netty server whose connections identify,
 * heartbeat, resume and receive every committed event their user may see.
 *
 * <p>Promises: events reach a session in event-log order, each with the next session sequence
 * number and no gaps; a connection whose outbound queue overflows is closed with
 * {@code slow_consumer} and can resume without loss; a resume either replays every missed
 * dispatch, read back from the event log, or answers RESYNC. Sessions live on hub shards, each a
 * single writer owning a partition of the users ({@link dev.parley.gateway.Hub}); every shard
 * routes every event in log order, so these promises hold whichever shard a user is on. Nothing
 * here decides access: audiences are resolved from facts the core loads, with the permission
 * calculator.
 */
package dev.parley.gateway;
