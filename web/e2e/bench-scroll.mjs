// Benchmark (run by hand, not a test): scrolling a channel holding 10,000 loaded messages in
// Debian's chromium. Posts the messages over REST, opens the channel, scrolls up until the whole
// history is loaded (50 a page, as a user would), then scrolls through it and records every frame's
// duration with requestAnimationFrame. It does so twice in one run: with the virtualized list as
// shipped, then with `?list=plain` (every row in the DOM) as the baseline. Timings are printed,
// never asserted.
//
//   ./mvnw -q -B package -pl server -am -DskipTests && (cd web && node e2e/bench-scroll.mjs [messages])
//   PARLEY_BENCH_MODES=virtual (only one mode); PARLEY_BENCH_LOAD_SECONDS=600 (loading budget per mode)
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ParleyServer, api } from './server.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
/** `virtual` (the client as shipped) and `plain` (every row in the DOM, `?list=plain`): the baseline. */
const MODES = (process.env.PARLEY_BENCH_MODES ?? 'virtual,plain').split(',');
/** How long a mode may spend loading the history by scrolling up (the plain list may not finish). */
const LOAD_BUDGET_MS = Number(process.env.PARLEY_BENCH_LOAD_SECONDS ?? 600) * 1000;
const JAR = process.env.PARLEY_JAR ?? resolve(import.meta.dirname, '../../server/target/parley.jar');
const server = new ParleyServer(JAR, { PARLEY_MESSAGING_SEND_BURST: '1000', PARLEY_MESSAGING_SEND_PER_SECOND: '1000' });

const call = (method, path, body, token) => api(server, method, path, body, token);

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
  await call('POST', '/auth/register', { username: 'bench', display_name: 'Bench', password: 'correct horse battery staple' });
  const login = await call('POST', '/auth/login', { login: 'bench', password: 'correct horse battery staple' });
  const token = login.access_token;
  const community = await call('POST', '/communities', { name: 'Bench' }, token);
  const channel = (await call('GET', `/communities/${community.id}/channels`, undefined, token)).find((c) => c.type === 'text');
  let t = Date.now();
  let next = 0;
  const texts = ['short one', 'a **bold** line with `code` and a [link](https://example.com)',
    'a longer message that wraps over a couple of lines on a desktop window, with _italics_, ~~strikes~~ and enough words to need the space',
    '> a quote\n\nand a reply under it', '```\ncode block\nwith two lines\n```'];
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < COUNT) {
      const i = next++;
      await call('POST', `/channels/${channel.id}/messages`, { content: `#${i + 1} ${texts[i % texts.length]}`, client_msg_id: `b${i}` }, token);
    }
  }));
  console.log(`posted ${COUNT} messages in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const session = { access_token: token, refresh_token: login.refresh_token, expires_at: Date.now() + login.expires_in * 1000, session_id: login.session_id, user: login.user };
  for (const mode of MODES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((s) => localStorage.setItem('parley.session', s), JSON.stringify(session));
    const page = await context.newPage();
    await page.goto(`${server.url}/channels/${community.id}/${channel.id}${mode === 'plain' ? '?list=plain' : ''}`);
    await page.locator('li.message').first().waitFor();

    t = Date.now();
    const log = page.getByRole('log');
    // scroll to the top again and again (in the page: no round trip per check) until the start
    // shows or the time budget is spent (the plain list slows down with every page)
    const complete = await log.evaluate(async (el, budgetMs) => {
      const atStart = () => el.querySelector('p.start')?.textContent?.startsWith('This is the beginning') ?? false;
      const until = performance.now() + budgetMs;
      while (!atStart() && performance.now() < until) {
        el.scrollTop = 0;
        el.dispatchEvent(new Event('scroll'));
        await new Promise((r) => setTimeout(r, 50));
      }
      return atStart();
    }, LOAD_BUDGET_MS);
    const oldest = await log.evaluate((el) => {
      el.scrollTop = 0;
      return el.querySelector('li[data-seq]')?.getAttribute('data-seq');
    });
    await page.waitForTimeout(300);
    const firstSeq = Number(await log.evaluate((el) => el.querySelector('li[data-seq]')?.getAttribute('data-seq') ?? oldest));
    const loaded = COUNT - firstSeq + 1;
    console.log(`[${mode}] loaded ${loaded} of ${COUNT} messages by scrolling up in ${((Date.now() - t) / 1000).toFixed(1)} s${complete ? '' : ' (time budget spent)'}`);

    // frame durations (requestAnimationFrame deltas) while (a) reading: 60 px a frame for 600 frames
    // from the top, (b) sweeping the whole list top to bottom in 1,000 frames, (c) jumping up 400 px
    // a frame for 180 frames
    const result = await log.evaluate(async (el) => {
      const measure = (step, frames) => new Promise((done) => {
        const times = [];
        let last = performance.now();
        let n = 0;
        const tick = (now) => {
          times.push(now - last);
          last = now;
          el.scrollTop += step();
          if (++n < frames) requestAnimationFrame(tick);
          else done(times.slice(1));
        };
        requestAnimationFrame(tick);
      });
      const settle = () => new Promise((r) => setTimeout(r, 500));
      el.scrollTop = 0;
      await settle();
      const reading = await measure(() => 60, 600);
      el.scrollTop = 0;
      await settle();
      const sweepStep = el.scrollHeight / 1000;
      const sweep = await measure(() => sweepStep, 1000);
      await settle();
      const jumps = await measure(() => -400, 180);
      return { reading, sweep, jumps, nodes: document.getElementsByTagName('*').length, rows: el.querySelectorAll('li.message').length, height: el.scrollHeight };
    });
    console.log(`[${mode}] DOM elements: ${result.nodes}; message rows in the DOM: ${result.rows}; list height ${result.height} px`);
    console.log(`[${mode}] reading, 60 px a frame:       `, JSON.stringify(stats(result.reading)));
    console.log(`[${mode}] sweeping the whole list:      `, JSON.stringify(stats(result.sweep)));
    console.log(`[${mode}] jumping up 400 px a frame:    `, JSON.stringify(stats(result.jumps)));
    await context.close();
  }
} finally {
  await browser?.close().catch(() => {});
  await server.stop().catch(() => {});
  server.removeData();
}
