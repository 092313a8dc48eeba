// Benchmark (run by hand, not a test): scrolling a channel holding 10,000 loaded messages in
// Debian's chromium. Posts the messages over REST, opens the channel, scrolls up until the whole
// history is loaded (50 a page, as a user would), then scrolls through it and records every frame's
// duration with requestAnimationFrame. Timings are printed, never asserted.
//
//   ./mvnw -q -B package -pl server -am -DskipTests && (cd web && node e2e/bench-scroll.mjs [messages])
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ParleyServer } from './server.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const JAR = process.env.PARLEY_JAR ?? resolve(import.meta.dirname, '../../server/target/parley.jar');
const server = new ParleyServer(JAR, { PARLEY_MESSAGING_SEND_BURST: '1000', PARLEY_MESSAGING_SEND_PER_SECOND: '1000' });

async function api(method, path, body, token) {
  const r = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? undefined : r.json();
}

function stats(frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  return {
    frames: frames.length, mean_ms: mean.toFixed(1), p50_ms: q(0.5).toFixed(1), p95_ms: q(0.95).toFixed(1),
    p99_ms: q(0.99).toFixed(1), max_ms: sorted[sorted.length - 1].toFixed(1),
    over_16_7ms: `${((100 * frames.filter((f) => f > 16.7).length) / frames.length).toFixed(1)}%`,
    over_50ms: frames.filter((f) => f > 50).length,
  };
}

let browser;
try {
  await server.start();
  await api('POST', '/auth/register', { username: 'bench', display_name: 'Bench', password: 'correct horse battery staple' });
  const login = await api('POST', '/auth/login', { login: 'bench', password: 'correct horse battery staple' });
  const token = login.access_token;
  const community = await api('POST', '/communities', { name: 'Bench' }, token);
  const channel = (await api('GET', `/communities/${community.id}/channels`, undefined, token)).find((c) => c.type === 'text');
  let t = Date.now();
  let next = 0;
  const texts = ['short one', 'a **bold** line with `code` and a [link](https://example.com)',
    'a longer message that wraps over a couple of lines on a desktop window, with _italics_, ~~strikes~~ and enough words to need the space',
    '> a quote\n\nand a reply under it', '```\ncode block\nwith two lines\n```'];
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < COUNT) {
      const i = next++;
      await api('POST', `/channels/${channel.id}/messages`, { content: `#${i + 1} ${texts[i % texts.length]}`, client_msg_id: `b${i}` }, token);
    }
  }));
  console.log(`posted ${COUNT} messages in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const session = { access_token: token, refresh_token: login.refresh_token, expires_at: Date.now() + login.expires_in * 1000, session_id: login.session_id, user: login.user };
  await context.addInitScript((s) => localStorage.setItem('parley.session', s), JSON.stringify(session));
  const page = await context.newPage();
  await page.goto(`${server.url}/channels/${community.id}/${channel.id}`);
  await page.locator('li.message').first().waitFor();

  t = Date.now();
  const log = page.getByRole('log');
  // scroll to the top again and again (in the page: no round trip per check) until the start shows
  await log.evaluate(async (el) => {
    const atStart = () => el.querySelector('p.start')?.textContent?.startsWith('This is the beginning') ?? false;
    while (!atStart()) {
      el.scrollTop = 0;
      el.dispatchEvent(new Event('scroll'));
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  const loaded = await page.locator('li.message').count();
  console.log(`loaded ${loaded} messages by scrolling up in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  // scroll through everything, 60 px per frame down, then 3 s of 400 px jumps up; record frame durations
  const result = await log.evaluate(async (el) => {
    const measure = (stepPx, frames) => new Promise((done) => {
      const times = [];
      let last = performance.now();
      let n = 0;
      const tick = (now) => {
        times.push(now - last);
        last = now;
        el.scrollTop += stepPx;
        if (++n < frames) requestAnimationFrame(tick);
        else done(times.slice(1));
      };
      requestAnimationFrame(tick);
    });
    el.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 500));
    const smooth = await measure(60, 600);
    const jumps = await measure(-400, 180);
    return { smooth, jumps, nodes: document.getElementsByTagName('*').length };
  });
  console.log(`DOM elements: ${result.nodes}`);
  console.log('scrolling down 60 px a frame:', JSON.stringify(stats(result.smooth)));
  console.log('jumping up 400 px a frame:   ', JSON.stringify(stats(result.jumps)));
} finally {
  await browser?.close().catch(() => {});
  await server.stop().catch(() => {});
  server.removeData();
}
