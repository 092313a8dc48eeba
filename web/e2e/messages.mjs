// End-to-end steps for the message list and its tools, called by run.mjs while Ada (desktop) and
// Grace (phone) are both in #general of Ada's community: mention autocomplete and mentions by name,
// the emoji picker in the composer and for reactions, pins, then a channel grown by 150 messages
// from helper accounts: virtualized rows, older pages keeping the reader's row in place, the
// "new messages" bar and jump to the first unread, jump to present, and a server restart (a fresh
// READY after RESYNC) that leaves the reader where they were. Both end in #general again.
import { audit } from './a11y.mjs';
import { api } from './server.mjs';

const PASSWORD = 'correct horse battery staple';
const HELPERS = 15;
const PER_HELPER = 10; // the send burst: posting never waits for the rate limit

const tokenOf = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('parley.session')).access_token);

/** The list's scroll element, and the top of a message's row relative to it (null when not rendered). */
function rowTop(page, seq) {
  return page.getByRole('log').evaluate((el, s) => {
    const row = el.querySelector(`li[data-seq="${s}"]`);
    return row ? row.getBoundingClientRect().top - el.getBoundingClientRect().top : null;
  }, seq);
}

/** The first message row whose top is inside the list's viewport. */
function firstVisibleSeq(page) {
  return page.getByRole('log').evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    const rows = [...el.querySelectorAll('li[data-seq]')].filter((r) => r.getBoundingClientRect().top >= top);
    rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return rows[0]?.getAttribute('data-seq') ?? null;
  });
}

function near(a, b, px, what) {
  if (a === null || b === null || Math.abs(a - b) > px) throw new Error(`${what}: ${a} vs ${b} (more than ${px} px apart)`);
}

export async function messageSteps({ server, ada, grace, shot, log }) {
  const composer = (page) => page.getByLabel('Message #general');
  const adaLog = ada.getByRole('log');

  log('grace mentions ada with the autocomplete; both see the mention by name');
  await composer(grace).fill('');
  await composer(grace).pressSequentially('Thanks @ad');
  const options = grace.getByRole('listbox', { name: 'People to mention' });
  await options.getByRole('option', { name: /@ada/ }).waitFor();
  await composer(grace).press('Enter');
  if (await composer(grace).inputValue() !== 'Thanks @ada ') throw new Error(`autocomplete inserted "${await composer(grace).inputValue()}"`);
  await composer(grace).pressSequentially('for the invite');
  await composer(grace).press('Enter');
  await adaLog.locator('.mention', { hasText: '@Ada Lovelace' }).waitFor();
  await grace.getByRole('log').locator('.mention', { hasText: '@Ada Lovelace' }).waitFor();
  // the list's live region is off (virtualized rows come and go); arrivals are announced apart
  // (the author's and the mention's names depend on what ada's client has loaded by then)
  await ada.locator('p.visually-hidden[aria-live="polite"]', { hasText: /: Thanks .* for the invite/ })
    .waitFor({ state: 'attached' });

  log('ada picks an emoji for the composer by searching, with the keyboard only');
  await ada.getByRole('button', { name: 'Insert emoji' }).click();
  const picker = ada.getByRole('dialog', { name: 'Emoji picker' });
  await picker.getByRole('group', { name: 'Frequently used' }).waitFor();
  await shot(ada, 'emoji-picker');
  await audit(ada, 'emoji picker');
  await picker.getByLabel('Search emoji').fill('rocket');
  await picker.getByRole('button', { name: 'rocket' }).waitFor();
  await picker.getByLabel('Search emoji').press('ArrowDown');
  await ada.keyboard.press('Enter');
  await picker.waitFor({ state: 'detached' });
  // the picker hands the caret back after the emoji; let that settle before typing on
  await ada.waitForFunction(() => {
    const box = document.activeElement;
    return box instanceof HTMLTextAreaElement && box.value.startsWith('🚀') && box.selectionStart === box.value.length;
  });
  await ada.waitForTimeout(200);
  await composer(ada).pressSequentially(' launch');
  if (!/^🚀\s*launch\s*$/.test(await composer(ada).inputValue())) throw new Error(`composer holds "${await composer(ada).inputValue()}"`);
  await composer(ada).press('Enter');
  await grace.getByRole('log').getByText(/🚀\s*launch/).waitFor();

  log('grace reacts from the full picker; ada sees it');
  const launch = grace.getByRole('listitem').filter({ hasText: '🚀 launch' });
  await launch.click();
  await launch.getByRole('button', { name: 'Add reaction' }).click();
  await launch.getByRole('button', { name: 'More emoji' }).click();
  await launch.getByLabel('Search emoji').fill('fire');
  await launch.getByLabel('Search emoji').press('Enter');
  await ada.getByRole('listitem').filter({ hasText: '🚀 launch' }).getByRole('button', { name: /🔥 1/ }).waitFor();

  log('ada pins a message; grace sees it pinned but may not pin; the pins panel lists it and unpins');
  const adaLaunch = ada.getByRole('listitem').filter({ hasText: '🚀 launch' });
  await adaLaunch.hover();
  await adaLaunch.getByRole('button', { name: 'Pin message' }).click();
  await adaLaunch.getByRole('img', { name: 'Pinned' }).waitFor();
  await launch.getByRole('img', { name: 'Pinned' }).waitFor();
  await launch.click();
  if (await launch.getByRole('button', { name: /Pin message|Unpin message/ }).count() !== 0) throw new Error('grace was offered to pin');
  await ada.getByRole('button', { name: 'Pins' }).click();
  const pins = ada.getByRole('complementary', { name: 'Pinned messages' });
  await pins.getByText('🚀 launch').waitFor();
  await shot(ada, 'pins-panel');
  await pins.getByRole('button', { name: 'Unpin' }).click();
  await pins.getByText('No pinned messages yet').waitFor();
  await launch.getByRole('img', { name: 'Pinned' }).waitFor({ state: 'detached' });
  await ada.getByRole('button', { name: 'Pins' }).click();

  log(`grace leaves the channel; ${HELPERS * PER_HELPER} messages arrive from ${HELPERS} helper accounts`);
  await grace.getByRole('button', { name: 'Back to channels' }).click();
  await grace.getByRole('button', { name: /^Direct messages/ }).click();
  await grace.waitForURL('**/channels/@me');
  const [, communityId, channelId] = /\/channels\/(\d+)\/(\d+)$/.exec(ada.url());
  const invite = await api(server, 'POST', `/communities/${communityId}/invites`, {}, await tokenOf(ada));
  await Promise.all(Array.from({ length: HELPERS }, async (_, h) => {
    const username = `helper${h}`;
    await api(server, 'POST', '/auth/register', { username, display_name: `Helper ${h}`, password: PASSWORD });
    const token = (await api(server, 'POST', '/auth/login', { login: username, password: PASSWORD })).access_token;
    await api(server, 'POST', `/invites/${invite.code}/accept`, undefined, token);
    for (let i = 0; i < PER_HELPER; i++) {
      const lines = i % 3 === 0 ? `\n${'a longer line that wraps over the width of a phone '.repeat(3)}` : '';
      await api(server, 'POST', `/channels/${channelId}/messages`, { content: `filler ${h}-${i}${lines}`, client_msg_id: `f${h}-${i}` }, token);
    }
  }));
  const newest = (await api(server, 'GET', `/channels/${channelId}/messages?limit=1`, undefined, await tokenOf(ada))).messages[0];
  await adaLog.locator(`li[data-seq="${newest.seq}"]`).waitFor();

  log('grace reloads (her client now holds no history) and opens the channel: a bar offers the first unread');
  await grace.reload();
  await grace.getByRole('button', { name: /Analytical Engines/ }).click();
  await grace.getByRole('heading', { name: '#general' }).waitFor();
  const bar = grace.getByRole('status').filter({ hasText: /new messages/ });
  await bar.waitFor();
  await shot(grace, 'new-messages-bar-phone');
  log('jumping loads the older pages and shows the "new messages" divider');
  await bar.getByRole('button', { name: 'Jump to first unread' }).click();
  await grace.getByRole('separator', { name: 'New messages' }).waitFor();
  await grace.waitForFunction(() => {
    const d = document.querySelector('.separator.new');
    const list = document.querySelector('[role="log"]');
    if (!d || !list) return false;
    const r = d.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    return r.top >= l.top - 2 && r.bottom <= l.bottom + 2;
  });
  await bar.waitFor({ state: 'detached' });

  log('far from the end, "Jump to present" brings grace back to the newest message');
  const present = grace.getByRole('button', { name: 'Jump to present ↓' });
  await present.waitFor();
  await present.click();
  await grace.getByRole('log').locator(`li[data-seq="${newest.seq}"]`).waitFor();
  await present.waitFor({ state: 'detached' });

  log('ada reloads and scrolls up: each older page keeps the row she was reading in place');
  await ada.reload();
  await adaLog.locator(`li[data-seq="${newest.seq}"]`).waitFor();
  // each page request is held until the view has settled just past the loading threshold, so
  // only the page's arrival can move the row she reads
  const olderPage = /\/messages\?limit=50&before=/;
  for (let page = 0; page < 5; page++) {
    let release;
    const gate = new Promise((done) => { release = done; });
    await ada.route(olderPage, async (route) => { await gate; await route.continue(); });
    const before = await adaLog.evaluate(async (el) => {
      const frames = (n) => new Promise((done) => { const f = () => (n-- <= 0 ? done() : requestAnimationFrame(f)); f(); });
      el.scrollTop = 700;
      await frames(10);
      el.scrollTop = 550; // within 600 px of the top: the page before is asked for
      await frames(20);
      const top = el.getBoundingClientRect().top;
      const row = [...el.querySelectorAll('li[data-seq]')].find((x) => x.getBoundingClientRect().top >= top);
      return { seq: row.getAttribute('data-seq'), top: row.getBoundingClientRect().top - top, height: el.scrollHeight };
    });
    release();
    const after = await adaLog.evaluate(async (el, b) => {
      const frames = (n) => new Promise((done) => { const f = () => (n-- <= 0 ? done() : requestAnimationFrame(f)); f(); });
      const start = performance.now();
      while (el.scrollHeight <= b.height + 50 && performance.now() - start < 10000) await frames(1);
      await frames(20);
      const row = el.querySelector(`li[data-seq="${b.seq}"]`);
      const top = row ? row.getBoundingClientRect().top - el.getBoundingClientRect().top : null;
      await frames(20); // the list holds the row for 30 frames after a page (a real scroll would end that)
      return { top, grew: el.scrollHeight > b.height + 50 };
    }, before);
    await ada.unroute(olderPage);
    if (!after.grew) break; // nothing older: the channel's start
    near(after.top, before.top, 4, `message ${before.seq} moved when older messages loaded`);
  }
  // keep scrolling to the top as a reader would: a page that arrives keeps the row being read in
  // place, so the start shows once the last page is in
  await ada.waitForFunction(() => {
    const el = document.querySelector('[role="log"]');
    el.scrollTop = 0;
    return /This is the beginning/.test(el.textContent);
  }, undefined, { polling: 500 });
  await adaLog.getByText(/This is the beginning/).waitFor();

  log('the list is virtualized: far fewer rows in the DOM than loaded messages');
  const rendered = await adaLog.locator('li.message').count();
  if (rendered >= 100) throw new Error(`${rendered} message rows rendered for ${Number(newest.seq)} messages`);

  log('from a focused message, ↓ walks through the messages past what was rendered');
  await adaLog.locator('li[data-seq="1"]').focus();
  for (let i = 0; i < 40; i++) await ada.keyboard.press('ArrowDown');
  await ada.waitForFunction(() => document.activeElement?.getAttribute('data-seq') === '41');
  await ada.keyboard.press('ArrowUp');
  await ada.waitForFunction(() => document.activeElement?.getAttribute('data-seq') === '40');

  log('ada reads further up; a server restart (fresh READY after RESYNC) leaves her where she was');
  await adaLog.evaluate((el) => { el.scrollTop = el.scrollHeight / 3; });
  await ada.waitForTimeout(300);
  const kept = await firstVisibleSeq(ada);
  const keptTop = await rowTop(ada, kept);
  await server.stop();
  await ada.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor();
  await server.start();
  await ada.getByRole('status').filter({ hasText: /Reconnecting|Connecting/ }).waitFor({ state: 'detached', timeout: 90_000 });
  await grace.getByRole('status').filter({ hasText: /Reconnecting|Connecting/ }).waitFor({ state: 'detached', timeout: 90_000 });
  await composer(grace).fill('Posted after the restart');
  await composer(grace).press('Enter');
  await grace.getByRole('log').getByText('Posted after the restart').waitFor();
  await grace.getByRole('log').getByText('Sending…').waitFor({ state: 'detached' });
  await ada.waitForTimeout(1000); // it reaches ada live or by her catch-up, below what she reads
  near(await rowTop(ada, kept), keptTop, 4, `message ${kept} moved across the resync`);
  await shot(ada, 'scrolled-up-desktop');
  await ada.getByRole('button', { name: 'Jump to present ↓' }).click();
  await adaLog.getByText('Posted after the restart').waitFor();
}
