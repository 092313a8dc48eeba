// The gateway connection (docs/protocol/gateway.md): HELLO → IDENTIFY/RESUME → READY/RESUMED,
// heartbeats with jitter, dispatches applied once each in `s` order, and reconnects with
// full-jitter backoff that RESUME the session unless the close code says otherwise (§9, §10).
// Everything the outside world provides (socket, timers, randomness, token, URL) is injected so
// tests drive it frame by frame.
import {
  CloseCodes, GatewayLimits,
  type ClientFrame, type ErrorFrame, type Event, type MembersChunk, type MessageAck, type Presence, type Ready, type Resumed,
  type SendMessage, type ServerFrame, type Typing,
} from '../generated/protocol';

export type GatewayStatus = 'connecting' | 'authenticating' | 'live' | 'reconnecting' | 'stopped';

export interface GatewayListener {
  status(s: GatewayStatus): void;
  ready(r: Ready): void;
  resumed(r: Resumed): void;
  dispatch(e: Event): void;
  presence(p: Presence): void;
  typing(t: Typing): void;
  ack(a: MessageAck): void;
  members(chunk: MembersChunk): void;
  error(e: ErrorFrame): void;
  /** the gateway will not reconnect: the login session ended or the token cannot be renewed */
  stopped(reason: 'revoked' | 'unauthenticated'): void;
}

/** The part of the browser WebSocket the client uses. */
export interface SocketLike {
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason?: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface GatewayDeps {
  /** GET /api/v1/gateway */
  url(): Promise<string>;
  /** an access token with at least the refresh margin left */
  token(): Promise<string>;
  /** a forced refresh after close 4004; rejects when the session is over */
  refresh(): Promise<unknown>;
  open(url: string): SocketLike;
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  random(): number;
}

const CLIENT_NAME = 'parley-web/0.1';
const REFETCH_URL_AFTER_FAILURES = 3;

export class GatewayClient {
  private socket: SocketLike | null = null;
  private url: string | null = null;
  private sessionId: string | null = null;
  private seq = 0;
  private attempt = 0;
  private authenticated = false;
  private stopped = true;
  private awaitingAck = false;
  private heartbeatTimer: unknown = null;
  private helloTimer: unknown = null;
  private reconnectTimer: unknown = null;
  private interval: number = GatewayLimits.HEARTBEAT_INTERVAL_MILLIS;

  constructor(private readonly deps: GatewayDeps, private readonly listener: GatewayListener) {}

  /** The last session sequence applied (what HEARTBEAT and RESUME send). */
  get lastSeq(): number {
    return this.seq;
  }

  get live(): boolean {
    return this.authenticated && this.socket !== null;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.attempt = 0;
    void this.connect();
  }

  /** Ends the session for good (close 1000) and does not reconnect. */
  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.deps.clearTimeout(this.reconnectTimer);
    const s = this.socket;
    this.socket = null;
    this.sessionId = null;
    this.seq = 0;
    this.authenticated = false;
    s?.close(1000, 'bye');
    this.listener.status('stopped');
  }

  /** Sends when authenticated; returns false otherwise (the caller keeps the message pending). */
  send(frame: ClientFrame): boolean {
    if (!this.live) return false;
    this.socket!.send(JSON.stringify(frame));
    return true;
  }

  sendMessage(d: SendMessage): boolean {
    return this.send({ op: 'SEND_MESSAGE', d });
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.listener.status(this.attempt === 0 ? 'connecting' : 'reconnecting');
    let socket: SocketLike;
    try {
      if (!this.url || this.attempt >= REFETCH_URL_AFTER_FAILURES) this.url = await this.deps.url();
      if (this.stopped) return;
      socket = this.deps.open(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    this.authenticated = false;
    socket.onmessage = (ev) => { if (this.socket === socket) this.onFrame(String(ev.data)); };
    socket.onclose = (ev) => { if (this.socket === socket) this.onClose(ev.code); };
    socket.onerror = () => { /* a close follows */ };
    this.helloTimer = this.deps.setTimeout(() => socket.close(4000, 'no hello'),
      GatewayLimits.IDENTIFY_DEADLINE_SECONDS * 1000);
  }

  private onFrame(text: string): void {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(text) as ServerFrame;
    } catch {
      return;
    }
    switch (frame.op) {
      case 'HELLO':
        this.deps.clearTimeout(this.helloTimer);
        this.interval = frame.d.heartbeat_interval_ms;
        this.awaitingAck = false;
        this.heartbeatTimer = this.deps.setTimeout(() => this.heartbeat(), this.interval * this.deps.random());
        void this.authenticate();
        return;
      case 'READY':
        this.sessionId = frame.d.session_id ?? null;
        this.seq = 0;
        this.becomeLive();
        this.listener.ready(frame.d);
        return;
      case 'RESUMED':
        this.becomeLive();
        this.listener.resumed(frame.d);
        return;
      case 'RESYNC':
        this.sessionId = null;
        this.seq = 0;
        this.authenticated = false;
        void this.authenticate();
        return;
      case 'DISPATCH':
        if (frame.s <= this.seq) return; // a duplicate
        if (frame.s > this.seq + 1) {
          // a gap is a server fault: end this session and identify afresh (§3)
          this.sessionId = null;
          this.seq = 0;
          this.socket?.close(1000, 'sequence gap');
          return;
        }
        this.listener.dispatch(frame.d);
        this.seq = frame.s;
        return;
      case 'HEARTBEAT_ACK':
        this.awaitingAck = false;
        return;
      case 'PRESENCE_UPDATE': this.listener.presence(frame.d); return;
      case 'TYPING_START': this.listener.typing(frame.d); return;
      case 'MESSAGE_ACK': this.listener.ack(frame.d); return;
      case 'MEMBERS_CHUNK': this.listener.members(frame.d); return;
      case 'ERROR': this.listener.error(frame.d); return;
      default: return; // unknown ops from newer servers are ignored
    }
  }

  private becomeLive(): void {
    this.authenticated = true;
    this.attempt = 0;
    this.listener.status('live');
  }

  private async authenticate(): Promise<void> {
    const socket = this.socket;
    this.listener.status('authenticating');
    let token: string;
    try {
      token = await this.deps.token();
    } catch {
      this.stopWith('unauthenticated');
      return;
    }
    if (this.socket !== socket || !socket) return;
    const frame: ClientFrame = this.sessionId
      ? { op: 'RESUME', d: { token, session_id: this.sessionId, seq: this.seq } }
      : { op: 'IDENTIFY', d: { token, presence: { status: 'online', afk: false }, client: CLIENT_NAME } };
    socket.send(JSON.stringify(frame));
  }

  private heartbeat(): void {
    const socket = this.socket;
    if (!socket) return;
    if (this.awaitingAck) {
      // no ack since the last one: the connection is dead; 4000 keeps the session resumable
      socket.close(4000, 'heartbeat timeout');
      this.onClose(4000);
      return;
    }
    this.awaitingAck = true;
    socket.send(JSON.stringify({ op: 'HEARTBEAT', d: { seq: this.seq > 0 ? this.seq : null } }));
    this.heartbeatTimer = this.deps.setTimeout(() => this.heartbeat(), this.interval);
  }

  private onClose(code: number): void {
    this.clearTimers();
    this.socket = null;
    this.authenticated = false;
    if (this.stopped) return;
    const action = CloseCodes[code]?.action ?? 'RESUME';
    if (code === 4012) {
      this.stopWith('revoked');
      return;
    }
    if (code === 4004) {
      // the token was refused: renew it once, then identify; give up if that fails
      this.deps.refresh().then(() => this.scheduleReconnect(), () => this.stopWith('unauthenticated'));
      return;
    }
    if (action === 'RECONNECT') {
      this.sessionId = null;
      this.seq = 0;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.listener.status('reconnecting');
    const cap = Math.min(GatewayLimits.BACKOFF_MAX_MILLIS, GatewayLimits.BACKOFF_BASE_MILLIS * 2 ** this.attempt);
    this.attempt++;
    this.reconnectTimer = this.deps.setTimeout(() => void this.connect(), this.deps.random() * cap);
  }

  private stopWith(reason: 'revoked' | 'unauthenticated'): void {
    this.stop();
    this.listener.stopped(reason);
  }

  private clearTimers(): void {
    this.deps.clearTimeout(this.heartbeatTimer);
    this.deps.clearTimeout(this.helloTimer);
    this.heartbeatTimer = null;
    this.helloTimer = null;
  }
}
