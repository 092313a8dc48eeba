// The gateway client against a scripted socket and hand-run timers: the state machine of
// gateway.md §10 frame by frame.
import { beforeEach, describe, expect, test } from 'vitest';
import type { Event, ServerFrame } from '../src/generated/protocol';
import { GatewayClient, type GatewayListener, type GatewayStatus, type SocketLike } from '../src/gateway/client';

class FakeSocket implements SocketLike {
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  sent: { op: string; d: Record<string, unknown> }[] = [];
  closedWith: number | null = null;
  constructor(readonly url: string) {}
  send(data: string) { this.sent.push(JSON.parse(data)); }
  close(code?: number) { this.closedWith = code ?? 1000; }
  receive(frame: ServerFrame | Record<string, unknown>) { this.onmessage?.({ data: JSON.stringify(frame) }); }
  drop(code: number) { this.onclose?.({ code }); }
}

interface Timer { f: () => void; ms: number; cancelled: boolean }

let sockets: FakeSocket[];
let timers: Timer[];
let statuses: GatewayStatus[];
let events: Event[];
let stoppedWith: string | null;
let refreshOk: boolean;
let client: GatewayClient;

const flush = () => new Promise((r) => setTimeout(r, 0));
const last = () => sockets[sockets.length - 1]!;
const lastSent = () => last().sent[last().sent.length - 1]!;
/** Runs the pending timers whose delay is at most `ms` (cancelled ones are skipped). */
function runTimers(filter: (t: Timer) => boolean = () => true) {
  const due = timers.filter((t) => !t.cancelled && filter(t));
  timers = timers.filter((t) => !due.includes(t));
  due.forEach((t) => t.f());
}

const hello = { op: 'HELLO', d: { heartbeat_interval_ms: 1000 } } as const;
const readyFrame = { op: 'READY', d: { session_id: 'gw_1', communities: [], conversations: [], read_states: [], presences: [] } } as const;
const dispatch = (s: number): ServerFrame => ({ op: 'DISPATCH', t: 'user_deleted', s, d: { type: 'user_deleted', user_id: String(s) } });

async function connected(): Promise<FakeSocket> {
  client.start();
  await flush();
  last().receive(hello);
  await flush();
  last().receive(readyFrame);
  return last();
}

beforeEach(() => {
  sockets = [];
  timers = [];
  statuses = [];
  events = [];
  stoppedWith = null;
  refreshOk = true;
  const listener: GatewayListener = {
    status: (s) => statuses.push(s), ready: () => {}, resumed: () => {}, dispatch: (e) => events.push(e),
    presence: () => {}, typing: () => {}, ack: () => {}, members: () => {}, error: () => {}, stopped: (r) => { stoppedWith = r; },
  };
  client = new GatewayClient({
    url: async () => 'ws://gw.test/gateway',
    token: async () => 'tok',
    refresh: () => (refreshOk ? Promise.resolve() : Promise.reject(new Error('refresh_token_invalid'))),
    open: (url) => { const s = new FakeSocket(url); sockets.push(s); return s; },
    setTimeout: (f, ms) => { const t = { f, ms, cancelled: false }; timers.push(t); return t; },
    clearTimeout: (t) => { if (t) (t as Timer).cancelled = true; },
    random: () => 0.5,
  }, listener);
});

describe('the gateway client', () => {
  test('HELLO → IDENTIFY → READY goes live', async () => {
    const s = await connected();
    expect(s.url).toBe('ws://gw.test/gateway');
    expect(s.sent[0]).toEqual({ op: 'IDENTIFY', d: { token: 'tok', presence: { status: 'online', afk: false }, client: 'parley-web/0.1' } });
    expect(statuses).toEqual(['connecting', 'authenticating', 'live']);
    expect(client.live).toBe(true);
  });

  test('dispatches apply once each, in order; duplicates are dropped', async () => {
    const s = await connected();
    s.receive(dispatch(1));
    s.receive(dispatch(2));
    s.receive(dispatch(2));
    expect(events.map((e) => (e as { user_id: string }).user_id)).toEqual(['1', '2']);
    expect(client.lastSeq).toBe(2);
  });

  test('heartbeats carry the last seq; a missing ack closes 4000 and resumes', async () => {
    const s = await connected();
    s.receive(dispatch(1));
    runTimers(); // the jittered first heartbeat
    expect(lastSent()).toEqual({ op: 'HEARTBEAT', d: { seq: 1 } });
    runTimers(); // the next one is due with no ack: dead connection
    expect(s.closedWith).toBe(4000);
    runTimers(); // reconnect backoff
    await flush();
    last().receive(hello);
    await flush();
    expect(lastSent()).toEqual({ op: 'RESUME', d: { token: 'tok', session_id: 'gw_1', seq: 1 } });
  });

  test('a dropped connection reconnects with backoff and RESUMEs; RESUMED is live again', async () => {
    const s = await connected();
    s.receive(dispatch(1));
    s.drop(1006);
    expect(statuses[statuses.length - 1]).toBe('reconnecting');
    const backoff = timers.filter((t) => !t.cancelled).map((t) => t.ms);
    expect(backoff).toEqual([500]); // random 0.5 × min(60 s, 1 s × 2^0)
    runTimers();
    await flush();
    last().receive(hello);
    await flush();
    expect(lastSent().op).toBe('RESUME');
    last().receive(dispatch(2));
    last().receive({ op: 'RESUMED', d: { replayed: 1, presences: [] } });
    expect(client.live).toBe(true);
    expect(client.lastSeq).toBe(2);
  });

  test('RESYNC forgets the session and IDENTIFYs on the same connection', async () => {
    const s = await connected();
    s.receive(dispatch(1));
    s.drop(1006);
    runTimers();
    await flush();
    last().receive(hello);
    await flush();
    last().receive({ op: 'RESYNC', d: { reason: 'session_unknown' } });
    await flush();
    expect(lastSent().op).toBe('IDENTIFY');
    expect(client.lastSeq).toBe(0);
  });

  test('a gap in s ends the session (1000) and the next connection IDENTIFYs', async () => {
    const s = await connected();
    s.receive(dispatch(1));
    s.receive(dispatch(3));
    expect(s.closedWith).toBe(1000);
    expect(events).toHaveLength(1);
    s.drop(1000);
    runTimers();
    await flush();
    last().receive(hello);
    await flush();
    expect(lastSent().op).toBe('IDENTIFY');
  });

  test('4013 session_replaced reconnects with IDENTIFY, never RESUME', async () => {
    const s = await connected();
    s.drop(4013);
    runTimers();
    await flush();
    last().receive(hello);
    await flush();
    expect(lastSent().op).toBe('IDENTIFY');
  });

  test('backoff doubles per failed attempt', async () => {
    const s = await connected();
    s.drop(1006);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      waits.push(timers.filter((t) => !t.cancelled).map((t) => t.ms).pop()!);
      runTimers();
      await flush();
      last().drop(1006);
    }
    expect(waits).toEqual([500, 1000, 2000]);
  });

  test('4012 session_revoked stops for good', async () => {
    const s = await connected();
    s.drop(4012);
    expect(stoppedWith).toBe('revoked');
    expect(statuses[statuses.length - 1]).toBe('stopped');
    expect(timers.filter((t) => !t.cancelled)).toEqual([]);
  });

  test('4004 refreshes the token and reconnects; stops when the refresh is refused', async () => {
    let s = await connected();
    s.drop(4004);
    await flush();
    expect(statuses[statuses.length - 1]).toBe('reconnecting');
    runTimers();
    await flush();
    s = last();
    s.receive(hello);
    await flush();
    s.receive(readyFrame);
    refreshOk = false;
    s.drop(4004);
    await flush();
    await flush();
    expect(stoppedWith).toBe('unauthenticated');
  });

  test('sends only while live; unknown ops are ignored', async () => {
    expect(client.sendMessage({ channel_id: '1', content: 'x', client_msg_id: 'c1' })).toBe(false);
    const s = await connected();
    s.receive({ op: 'SOMETHING_NEW', d: {} });
    expect(client.sendMessage({ channel_id: '1', content: 'x', client_msg_id: 'c1' })).toBe(true);
    expect(lastSent()).toEqual({ op: 'SEND_MESSAGE', d: { channel_id: '1', content: 'x', client_msg_id: 'c1' } });
  });

  test('stop() closes with 1000 and does not reconnect', async () => {
    const s = await connected();
    client.stop();
    expect(s.closedWith).toBe(1000);
    expect(timers.filter((t) => !t.cancelled)).toEqual([]);
  });
});
