// REST calls (docs/api.md): JSON bodies, bearer tokens, RFC 9457 problems turned into ApiError.
// The access token is refreshed before it has less than TOKEN_REFRESH_MARGIN_SECONDS left, and
// once more on a 401 token_expired; refreshes are single-flight because each refresh token works
// once (presenting a used one revokes the whole session).
import { GatewayLimits, type ErrorCode, type TokenResponse } from '../generated/protocol';
import { fromTokens, type StoredSession } from './session';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode | 'network', message: string,
              readonly fieldErrors: { field?: string; message?: string }[] = []) {
    super(message);
  }
}

export interface SessionHolder {
  get(): StoredSession | null;
  set(s: StoredSession | null): void;
  /** the session is over (refresh refused): forget it and show the login screen */
  expired(): void;
}

export class Rest {
  private refreshing: Promise<StoredSession> | null = null;

  constructor(private readonly holder: SessionHolder, private readonly now: () => number = Date.now,
              private readonly base = '/api/v1') {}

  /** A call without authentication (login, register, refresh, invite preview, gateway URL). */
  open<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.send<T>(method, path, body, null);
  }

  /** An authenticated call. */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await this.accessToken();
    try {
      return await this.send<T>(method, path, body, token);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'token_expired') {
        return this.send<T>(method, path, body, (await this.refresh()).access_token);
      }
      throw e;
    }
  }

  /** A token with at least the refresh margin left, refreshing first if needed. */
  async accessToken(): Promise<string> {
    const s = this.holder.get();
    if (!s) throw new ApiError(401, 'unauthenticated', 'Not logged in.');
    if (s.expires_at - this.now() > GatewayLimits.TOKEN_REFRESH_MARGIN_SECONDS * 1000) return s.access_token;
    return (await this.refresh()).access_token;
  }

  refresh(): Promise<StoredSession> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => { this.refreshing = null; });
    }
    return this.refreshing;
  }

  private async doRefresh(): Promise<StoredSession> {
    const s = this.holder.get();
    if (!s) throw new ApiError(401, 'unauthenticated', 'Not logged in.');
    try {
      const t = await this.send<TokenResponse>('POST', '/auth/refresh', { refresh_token: s.refresh_token }, null);
      const next = { ...fromTokens(t, this.now()), user: t.user ?? s.user };
      this.holder.set(next);
      return next;
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'refresh_token_invalid' || e.code === 'refresh_token_reused')) {
        this.holder.expired();
      }
      throw e;
    }
  }

  private async send<T>(method: string, path: string, body: unknown, token: string | null): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, 'network', 'The server cannot be reached.');
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const p = json ?? {};
      throw new ApiError(response.status, p.code ?? 'internal', p.detail ?? p.title ?? `HTTP ${response.status}`, p.errors ?? []);
    }
    return json as T;
  }
}
