// Starts the packaged Parley server (server/target/parley.jar) on free ports with a fresh data
// directory, for the end-to-end test. Fails with a clear message when the jar or a JDK 25 is missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A free port below the kernel's ephemeral range (32768+), where other processes' outgoing
 * connections cannot take it between this check and the server's bind, nor during a restart.
 */
export async function freePort() {
  for (let i = 0; i < 50; i++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise((done) => {
      const s = createServer();
      s.once('error', () => done(false));
      s.listen(port, '0.0.0.0', () => s.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error('e2e: no free port found in 20000-31999');
}

function findJava() {
  if (process.env.PARLEY_JAVA) return process.env.PARLEY_JAVA;
  const home = process.env.JAVA_HOME;
  if (home && /25/.test(home) && existsSync(join(home, 'bin/java'))) return join(home, 'bin/java');
  const jvms = existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm').filter((d) => /25/.test(d)) : [];
  for (const d of jvms) if (existsSync(`/usr/lib/jvm/${d}/bin/java`)) return `/usr/lib/jvm/${d}/bin/java`;
  throw new Error('e2e: no JDK 25 found (set PARLEY_JAVA or JAVA_HOME)');
}

export class ParleyServer {
  /** @param env extra PARLEY_* settings (the benchmark lifts the send limits) */
  constructor(jar, env = {}) {
    this.extraEnv = env;
    this.jar = resolve(jar);
    if (!existsSync(this.jar)) throw new Error(`e2e: ${this.jar} is missing: build it first (./mvnw -DskipTests package -pl server -am)`);
    this.java = findJava();
    this.dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
    this.log = [];
  }

  async start() {
    if (!this.port) {
      this.port = await freePort();
      do this.gatewayPort = await freePort(); while (this.gatewayPort === this.port);
    }
    this.url = `http://localhost:${this.port}`;
    this.process = spawn(this.java, ['-jar', this.jar, 'serve'], {
      env: {
        ...process.env,
        PARLEY_SERVER_PORT: String(this.port),
        PARLEY_GATEWAY_PORT: String(this.gatewayPort),
        PARLEY_STORAGE_DATA_DIR: this.dataDir,
        // cheap hashing and roomy limits: this tests the client, not the password policy
        PARLEY_AUTH_ARGON2_MEMORY_KIB: '1024',
        PARLEY_AUTH_ARGON2_ITERATIONS: '1',
        // community.mjs registers and logs in over 1,000 members to make a community large
        PARLEY_RATE_LIMITS_REGISTER_PER_IP: '5000',
        PARLEY_RATE_LIMITS_LOGIN_PER_IP: '5000',
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => { this.log.push(chunk.toString()); if (this.log.length > 400) this.log.shift(); };
    this.process.stdout.on('data', keep);
    this.process.stderr.on('data', keep);
    const exited = new Promise((_, fail) => this.process.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${this.log.join('')}`))));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const ok = await Promise.race([
        fetch(`${this.url}/ready`).then((r) => r.ok, () => false),
        exited,
      ]);
      if (ok) return this;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server not ready within 60 s:\n${this.log.join('')}`);
  }

  /** Stops the server (SIGTERM) and waits for it to exit; the data directory stays for a restart. */
  async stop() {
    const p = this.process;
    if (!p || p.exitCode !== null) return;
    p.removeAllListeners('exit');
    const gone = new Promise((done) => p.once('exit', done));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 20_000);
    await gone;
    clearTimeout(timer);
  }

  /** Deletes the data directory (after the last stop). */
  removeData() {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** One REST call to a started server (scripts that seed data); throws with the problem on failure. */
export async function api(server, method, path, body, token) {
  const r = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? undefined : r.json();
}
