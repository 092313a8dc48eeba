// End-to-end test of the web client: Debian's chromium driven by playwright-core (no browser is
// ever downloaded) against the real packaged server on free ports. Two users in two browser
// contexts (a desktop and a phone) register, create a community and an invite, join, chat live,
// see typing and unread badges, survive a reload and a server restart (reconnecting banner, then
// live again). axe-core audits the main screens (a11y.mjs). Screenshots of the main screens go to PARLEY_E2E_SCREENSHOTS (default
// target/e2e-screenshots; docs/screenshots holds a committed set).
//
//   node e2e/run.mjs [path/to/parley.jar]      (Maven runs it in the server module's integration-test phase)
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit } from './a11y.mjs';
import { ParleyServer } from './server.mjs';
import { communityManagement } from './community.mjs';
import { messageSteps } from './messages.mjs';

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const JAR = process.argv[2] ?? process.env.PARLEY_JAR ?? resolve(import.meta.dirname, '../../server/target/parley.jar');
const SHOTS = resolve(process.env.PARLEY_E2E_SCREENSHOTS ?? resolve(import.meta.dirname, '../target/e2e-screenshots'));
const TIMEOUT = 30_000;
const PASSWORD = 'correct horse battery staple';

if (!existsSync(CHROMIUM)) {
  console.error(`e2e: FAILED: Debian's chromium is not installed at ${CHROMIUM}.\n`
    + 'Install it with `apt-get install -y chromium` (.ci/run does this); the test never downloads a browser.');
  process.exit(2);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.error('e2e: FAILED: web/node_modules lacks playwright-core: run `npm ci` in web/ (the web module\'s build does).');
  process.exit(2);
}
mkdirSync(SHOTS, { recursive: true });

let step = 'start';
const log = (s) => { step = s; console.log(`e2e: ${s}`); };
const server = new ParleyServer(JAR);
let browser;

async function shot(page, name) {
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

async function register(page, username, displayName) {
  await page.getByRole('heading', { name: 'Create an account' }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Display name').fill(displayName);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Register' }).click();
}

async function expectMessage(page, text) {
  await page.getByRole('log').getByText(text, { exact: false }).first().waitFor({ timeout: TIMEOUT });
}

try {
  log(`starting the server from ${JAR}`);
  await server.start();
  log(`server at ${server.url}, gateway port ${server.gatewayPort}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright gives each launch a fresh temporary user-data-dir
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const errors = [];
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
  const ada = await desktop.newPage();
  const grace = await phone.newPage();
  for (const [name, page] of [['ada', ada], ['grace', grace]]) {
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    if (process.env.PARLEY_E2E_DEBUG) {
      page.on('websocket', (ws) => {
        ws.on('framesent', (f) => console.log(`${name} → ${String(f.payload).slice(0, 300)}`));
        ws.on('framereceived', (f) => console.log(`${name} ← ${String(f.payload).slice(0, 300)}`));
        ws.on('close', () => console.log(`${name} websocket closed`));
      });
    }
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${name} console: ${m.text()}`); });
  }

  log('ada opens the app and is sent to log in');
  await ada.goto(server.url + '/');
  await ada.waitForURL('**/login');
  await ada.getByRole('heading', { name: 'Welcome back' }).waitFor();
  await shot(ada, 'login');
  await audit(ada, 'log in');

  log('the app is installable: manifest and service worker');
  const sw = await ada.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL));
  if (!sw?.endsWith('/sw.js')) throw new Error(`service worker not active: ${sw}`);
  const manifest = await ada.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
  if (manifest.name !== 'Parley') throw new Error('manifest not served');

  log('ada registers');
  await ada.getByRole('link', { name: 'Create an account' }).click();
  await register(ada, 'ada', 'Ada Lovelace');
  await ada.waitForURL('**/channels/@me');
  await ada.getByRole('heading', { name: 'Direct messages' }).waitFor();

  log('ada creates a community');
  await ada.getByRole('button', { name: 'Create a community' }).click();
  await ada.getByLabel('Community name').fill('Analytical Engines');
  await ada.getByRole('button', { name: 'Create', exact: true }).click();
  await ada.waitForURL(/\/channels\/\d+\/\d+$/);
  await ada.getByRole('heading', { name: '#general' }).waitFor();

  log('ada creates an invite');
  await ada.getByRole('button', { name: 'Invite people' }).click();
  const linkInput = ada.getByLabel('Invite link');
  await linkInput.waitFor();
  const link = await linkInput.inputValue();
  if (!/\/invite\/[A-Za-z0-9_-]+$/.test(link)) throw new Error(`unexpected invite link ${link}`);
  await shot(ada, 'invite-dialog');
  await ada.getByRole('button', { name: 'Done' }).click();

  log('grace opens the invite on her phone, registers and joins');
  await grace.goto(link);
  await grace.getByRole('heading', { name: 'Analytical Engines' }).waitFor();
  await shot(grace, 'invite-page');
  await audit(grace, 'invite page, phone, dark');
  await grace.getByRole('button', { name: 'Register to join' }).click();
  await register(grace, 'grace', 'Grace Hopper');
  await grace.waitForURL(/\/invite\//);
  await grace.getByRole('button', { name: 'Accept invite' }).click();
  await grace.waitForURL(/\/channels\/\d+\/\d+$/);
  await grace.getByRole('heading', { name: '#general' }).waitFor();

  log('ada sees grace join the member list, online');
  const graceRow = ada.getByRole('complementary', { name: 'Members' }).getByRole('listitem').filter({ hasText: 'Grace Hopper' });
  await graceRow.getByRole('img', { name: 'online' }).waitFor();

  log('they chat live, with markdown');
  await ada.getByLabel('Message #general').fill('Hello **Grace**, welcome to the _engine room_');
  await ada.getByLabel('Message #general').press('Enter');
  await expectMessage(grace, 'welcome to the');
  const bold = await grace.getByRole('log').locator('strong', { hasText: 'Grace' }).count();
  if (bold < 1) throw new Error('markdown bold was not rendered');
  await grace.getByLabel('Message #general').fill('Hi Ada! Glad to be here.');
  log('grace is typing: ada sees it');
  await grace.getByLabel('Message #general').press('Space');
  // the indicator lasts 8 s after the last relay: wait less than that
  await ada.getByText('Grace Hopper is typing…').waitFor({ timeout: 7_000 });
  await grace.getByLabel('Message #general').press('Enter');
  await expectMessage(ada, 'Glad to be here');
  await ada.getByText(/is typing…/).waitFor({ state: 'detached' });

  log('a code block naming its language is highlighted');
  await ada.getByLabel('Message #general').fill('```js\nconst table = engine.compute("Bernoulli", 8); // Note G\n```');
  await ada.getByLabel('Message #general').press('Enter');
  await grace.getByRole('log').locator('code.hljs.language-javascript .hljs-keyword', { hasText: 'const' }).waitFor();
  await ada.getByRole('log').locator('code.hljs .hljs-comment', { hasText: 'Note G' }).waitFor();

  log('a message that tries script runs nothing');
  await ada.getByLabel('Message #general').fill('<img src=x onerror="window.__xss=1"> [link](javascript:window.__xss=2) ||secret||');
  await ada.getByLabel('Message #general').press('Enter');
  await expectMessage(grace, '<img src=x');
  const xss = await grace.evaluate(() => window.__xss);
  if (xss !== undefined) throw new Error('a message ran script');
  if (await grace.getByRole('log').locator('img').count() !== 0) throw new Error('a message rendered an image');
  await shot(grace, 'channel-phone');
  await audit(grace, 'channel, phone, dark');

  log('grace replies to ada and reacts; ada edits and deletes her own messages');
  const welcome = grace.locator('li[data-seq="1"]');
  await welcome.click();
  await welcome.getByRole('button', { name: 'Reply' }).click();
  await grace.getByLabel('Message #general').fill('Replying to you');
  await grace.getByLabel('Message #general').press('Enter');
  await ada.getByRole('listitem').filter({ hasText: 'Replying to you' }).getByText(/Hello \*\*Grace/).waitFor();
  await welcome.click();
  await welcome.getByRole('button', { name: 'Add reaction' }).click();
  await welcome.getByRole('button', { name: 'React with 🎉' }).click();
  const hello = ada.locator('li[data-seq="1"]');
  await hello.getByRole('button', { name: /🎉 1/ }).waitFor();
  await hello.hover();
  await hello.getByRole('button', { name: 'Edit message' }).click();
  await ada.getByRole('textbox', { name: 'New text of the message' }).fill('Hello **Grace**, welcome to the _analytical engine_');
  await ada.getByRole('textbox', { name: 'New text of the message' }).press('Enter');
  await grace.locator('li[data-seq="1"]').getByText('(edited)').waitFor();
  await grace.locator('li[data-seq="1"]').getByText('analytical engine').waitFor();
  await ada.getByLabel('Message #general').fill('a typo to delete');
  await ada.getByLabel('Message #general').press('Enter');
  await expectMessage(grace, 'a typo to delete');
  const typo = ada.getByRole('listitem').filter({ hasText: 'a typo to delete' });
  await typo.hover();
  await typo.getByRole('button', { name: 'Delete message' }).click();
  await typo.getByRole('button', { name: 'Delete', exact: true }).click();
  await grace.getByRole('log').getByText('a typo to delete').waitFor({ state: 'detached' });
  await shot(ada, 'channel-desktop');
  await audit(ada, 'channel, desktop, light');
  await ada.emulateMedia({ colorScheme: 'dark' });
  await shot(ada, 'channel-desktop-dark');
  await audit(ada, 'channel, desktop, dark');
  await ada.emulateMedia({ colorScheme: 'light' });
  await messageSteps({ server, ada, grace, shot, log });

  log('ada opens a DM with grace; grace sees it with an unread count');
  await ada.getByRole('button', { name: /^Direct messages/ }).click();
  await ada.getByLabel('Start a conversation with (username)').fill('grace');
  await ada.getByRole('button', { name: 'Open direct message' }).click();
  await ada.getByRole('heading', { name: 'Grace Hopper' }).waitFor();
  await ada.getByLabel('Message Grace Hopper').fill('A private word, Grace');
  await ada.getByLabel('Message Grace Hopper').press('Enter');
  await ada.getByRole('log').getByText('A private word').waitFor();

  log('grace goes to her direct messages; ada posts in the community; grace sees badges');
  await grace.getByRole('button', { name: 'Back to channels' }).click();
  await grace.getByRole('button', { name: /^Direct messages/ }).click();
  await grace.waitForURL('**/channels/@me');
  await grace.getByRole('link', { name: /Ada Lovelace.*A private word.*1 unread/ }).waitFor();
  log('the DM reaches grace (✓) and she reads it (✓✓)');
  await ada.getByRole('log').getByRole('img', { name: /Delivered|Read/ }).waitFor();
  await grace.getByRole('link', { name: /Ada Lovelace/ }).click();
  await expectMessage(grace, 'A private word');
  await ada.getByRole('log').getByRole('img', { name: 'Read' }).waitFor();
  await shot(ada, 'dm-read-receipt');
  await audit(ada, 'DM');
  await grace.getByRole('button', { name: 'Back to channels' }).click();
  await ada.getByRole('button', { name: 'Analytical Engines' }).click();
  await ada.getByRole('heading', { name: '#general' }).waitFor();
  await ada.getByLabel('Message #general').fill('Are you still there?');
  await ada.getByLabel('Message #general').press('Enter');
  await grace.getByRole('button', { name: 'Analytical Engines, unread messages' }).waitFor();
  await shot(grace, 'unread-badge-phone');

  log('a reload keeps grace logged in');
  await grace.reload();
  await grace.getByRole('button', { name: /Analytical Engines/ }).click();
  await grace.getByRole('heading', { name: '#general' }).waitFor();
  await expectMessage(grace, 'Are you still there?');
  if (grace.url().includes('/login')) throw new Error('reload logged grace out');

  log('the server restarts: both show reconnecting, then chat again');
  await server.stop();
  await ada.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor();
  await shot(ada, 'reconnecting');
  await server.start();
  await ada.getByRole('status').filter({ hasText: /Reconnecting|Connecting/ }).waitFor({ state: 'detached', timeout: 90_000 });
  await grace.getByRole('status').filter({ hasText: /Reconnecting|Connecting/ }).waitFor({ state: 'detached', timeout: 90_000 });
  await grace.getByLabel('Message #general').fill('Back after the restart');
  await grace.getByLabel('Message #general').press('Enter');
  await expectMessage(ada, 'Back after the restart');
  await communityManagement({ ada, grace, server, log, shot });

  log('ada edits her profile and sees her sessions');
  await ada.getByRole('button', { name: 'Account settings' }).click();
  await ada.getByLabel('Custom status').fill('Computing Bernoulli numbers');
  await ada.getByRole('button', { name: 'Save profile' }).click();
  await ada.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await ada.getByText('(this device)').waitFor();
  await shot(ada, 'account-settings');
  await audit(ada, 'account settings');
  await ada.getByRole('button', { name: 'Done' }).click();

  log('ada logs out');
  await ada.getByRole('button', { name: 'Log out' }).click();
  await ada.waitForURL('**/login');
  await ada.reload();
  await ada.getByRole('heading', { name: 'Welcome back' }).waitFor();

  const relevant = errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e));
  if (relevant.length > 0) throw new Error(`errors in the pages:\n${relevant.join('\n')}`);
  console.log(`e2e: PASSED (screenshots in ${SHOTS})`);
} catch (e) {
  console.error(`e2e: FAILED at "${step}": ${e.stack ?? e}`);
  for (const [i, page] of (browser?.contexts() ?? []).flatMap((c) => c.pages()).entries()) {
    await page.screenshot({ path: resolve(SHOTS, `failure-${i}.png`) }).catch(() => {});
  }
  console.error(`--- server log (last lines) ---\n${server.log.slice(-60).join('')}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await server.stop().catch(() => {});
  server.removeData();
}
