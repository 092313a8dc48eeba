// End-to-end steps for community management and groups, run by run.mjs with both users logged in
// and live. In a community of her own, Ada (desktop) renames it, adds and reorders a channel, hides
// it from everyone with an overwrite, creates a role with a permission, gives it to Grace (phone),
// lets the role see the channel again, and kicks Grace; each change shows on Grace's screen live.
// Then Ada creates a group with Grace and Charles (registered over REST), renames it and removes
// Charles, and Grace leaves it. Last, the community grows past 1,000 members and Ada's member list
// asks for the presence of the members on screen.

import { audit } from './a11y.mjs';

const PASSWORD = 'correct horse battery staple';

/**
 * @param {{ ada: import('playwright-core').Page, grace: import('playwright-core').Page,
 *           server: { url: string }, log: (s: string) => void,
 *           shot: (page: import('playwright-core').Page, name: string) => Promise<void> }} ctx
 */
export async function communityManagement({ ada, grace, server, log, shot }) {
  log('ada creates a second community and grace joins it');
  const before = new URL(ada.url()).pathname;
  await ada.getByRole('button', { name: 'Create a community' }).click();
  await ada.getByLabel('Community name').fill('Difference Engine');
  await ada.getByRole('button', { name: 'Create', exact: true }).click();
  await ada.waitForURL((u) => u.pathname !== before && /^\/channels\/\d+\/\d+$/.test(u.pathname));
  await ada.getByRole('heading', { name: '#general' }).waitFor();
  const communityId = ada.url().match(/\/channels\/(\d+)\//)[1];
  await ada.getByRole('button', { name: 'Invite people' }).click();
  const link = await ada.getByLabel('Invite link').inputValue();
  await ada.getByRole('button', { name: 'Done' }).click();
  await grace.goto(link);
  await grace.getByRole('button', { name: 'Accept invite' }).click();
  await grace.getByRole('heading', { name: '#general' }).waitFor();
  await grace.getByRole('button', { name: 'Back to channels' }).click();
  const graceChannels = grace.getByRole('complementary', { name: /channels$/ });
  if (await grace.getByRole('button', { name: 'Community settings' }).count() !== 0) throw new Error('grace sees settings she may not use');

  log('ada renames the community: grace sees it live');
  await ada.getByRole('button', { name: 'Community settings' }).click();
  const settings = ada.getByRole('dialog', { name: /settings$/ });
  await settings.getByLabel('Community name').fill('The Difference Engine');
  await settings.getByLabel('Description').fill('Babbage\'s first design');
  await settings.getByRole('button', { name: 'Save overview' }).click();
  await settings.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await grace.getByRole('heading', { name: 'The Difference Engine' }).waitFor();

  log('ada adds a channel and moves it to the top: grace sees both live');
  await settings.getByRole('tab', { name: 'Channels' }).click();
  await settings.getByLabel('Name', { exact: true }).fill('secret-plans');
  await settings.getByRole('button', { name: 'Create channel' }).click();
  await graceChannels.getByRole('link', { name: /secret-plans/ }).waitFor();
  await settings.getByRole('button', { name: 'Move #secret-plans up' }).click();
  await graceChannels.getByRole('link').first().filter({ hasText: 'secret-plans' }).waitFor();

  log('ada adds a category with a channel in it, then deletes the channel: grace sees each live');
  await settings.getByLabel('Kind', { exact: true }).selectOption({ label: 'Category' });
  await settings.getByLabel('Name', { exact: true }).fill('Workshop');
  await settings.getByRole('button', { name: 'Create channel' }).click();
  await graceChannels.getByRole('heading', { name: 'Workshop' }).waitFor();
  await settings.getByLabel('Kind', { exact: true }).selectOption({ label: 'Text channel' });
  await settings.getByLabel('Name', { exact: true }).fill('lathe');
  await settings.getByLabel('Category', { exact: true }).selectOption({ label: 'Workshop' });
  await settings.getByRole('button', { name: 'Create channel' }).click();
  await graceChannels.getByRole('region', { name: 'Workshop' }).getByRole('link', { name: /lathe/ }).waitFor();
  await settings.getByRole('button', { name: 'Edit #lathe' }).click();
  await settings.getByRole('button', { name: 'Delete channel' }).click();
  await settings.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete' }).click();
  await graceChannels.getByRole('link', { name: /lathe/ }).waitFor({ state: 'detached' });
  await settings.getByRole('button', { name: 'Edit #secret-plans' }).waitFor();

  log('ada sets a topic and denies @everyone the channel: it leaves grace\'s list live');
  await settings.getByRole('button', { name: 'Edit #secret-plans' }).click();
  await settings.getByLabel('Topic').fill('Only for the engineers');
  await settings.getByRole('button', { name: 'Save channel' }).click();
  await settings.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await settings.getByLabel('Role or member').selectOption({ label: '@everyone' });
  await settings.getByRole('radio', { name: 'Deny View channels' }).check();
  await settings.getByRole('button', { name: 'Save permissions' }).click();
  await graceChannels.getByRole('link', { name: /secret-plans/ }).waitFor({ state: 'detached' });
  await settings.getByRole('region', { name: 'Channel permissions' }).evaluate((el) => el.scrollIntoView());
  await shot(ada, 'channel-overwrites');

  log('ada creates the role Engineers with Manage channels');
  await settings.getByRole('tab', { name: 'Roles' }).click();
  await settings.getByLabel('New role name').fill('Engineers');
  await settings.getByRole('button', { name: 'Create role' }).click();
  await settings.getByLabel('Colour').fill('#2e7d32');
  await settings.getByRole('checkbox', { name: /^Manage channels/ }).check();
  await settings.getByRole('button', { name: 'Save role' }).click();
  await settings.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await settings.getByRole('tabpanel').evaluate((el) => { el.scrollTop = 0; });
  await shot(ada, 'role-permissions');
  await audit(ada, 'community settings, a role');

  log('ada adds a second role, moves it above Engineers and deletes it');
  await settings.getByRole('button', { name: '← All roles' }).click();
  await settings.getByLabel('New role name').fill('Apprentices');
  await settings.getByRole('button', { name: 'Create role' }).click();
  await settings.getByRole('button', { name: '← All roles' }).click();
  const firstRole = settings.getByRole('list', { name: 'Roles' }).getByRole('listitem').first();
  await firstRole.filter({ hasText: 'Engineers' }).waitFor();
  await settings.getByRole('button', { name: 'Move Apprentices up' }).click();
  await firstRole.filter({ hasText: 'Apprentices' }).waitFor();
  await settings.getByRole('button', { name: 'Edit Apprentices' }).click();
  await settings.getByRole('button', { name: 'Delete role' }).click();
  await settings.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete' }).click();
  await settings.getByRole('button', { name: 'Edit Apprentices' }).waitFor({ state: 'detached' });

  log('ada gives grace the role: grace gets community settings live');
  await settings.getByRole('tab', { name: 'Members' }).click();
  await settings.getByRole('button', { name: 'Manage Grace Hopper' }).click();
  await settings.getByRole('checkbox', { name: 'Engineers' }).check();
  await settings.locator('.row-hint', { hasText: 'Engineers' }).waitFor();
  await grace.getByRole('button', { name: 'Community settings' }).waitFor();

  log('ada lets Engineers see the channel: it comes back for grace live');
  await settings.getByRole('tab', { name: 'Channels' }).click();
  await settings.getByRole('button', { name: 'Edit #secret-plans' }).click();
  await settings.getByLabel('Role or member').selectOption({ label: 'Engineers' });
  await settings.getByRole('radio', { name: 'Allow View channels' }).check();
  await settings.getByRole('button', { name: 'Save permissions' }).click();
  await graceChannels.getByRole('link', { name: /secret-plans/ }).waitFor();
  await settings.getByRole('button', { name: 'Close' }).click();

  log('grace, with Manage channels, sees only the settings it opens');
  await grace.getByRole('button', { name: 'Community settings' }).click();
  const graceSettings = grace.getByRole('dialog', { name: /settings$/ });
  await graceSettings.getByRole('tab', { name: 'Channels' }).waitFor();
  if (await graceSettings.getByRole('tab').count() !== 1) throw new Error('grace sees settings tabs her role does not open');
  await shot(grace, 'community-settings-phone');
  await graceSettings.getByRole('button', { name: 'Close' }).click();

  log('ada kicks grace from the member list: the community leaves grace\'s screen');
  const members = ada.getByRole('complementary', { name: 'Members' });
  await members.getByRole('button', { name: 'Manage Grace Hopper' }).click();
  const dialog = ada.getByRole('dialog', { name: 'Grace Hopper' });
  await dialog.getByRole('button', { name: 'Kick Grace Hopper' }).click();
  await shot(ada, 'member-kick');
  await dialog.getByRole('button', { name: 'Kick', exact: true }).click();
  await grace.getByRole('button', { name: /The Difference Engine/ }).waitFor({ state: 'detached' });
  await grace.waitForURL('**/channels/@me');
  await members.getByText('Grace Hopper').waitFor({ state: 'detached' });

  log('charles registers; ada creates a group with grace and charles');
  const registered = await fetch(`${server.url}/api/v1/auth/register`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'charles', display_name: 'Charles Babbage', password: PASSWORD }),
  });
  if (!registered.ok) throw new Error(`registering charles: HTTP ${registered.status} ${await registered.text()}`);
  await ada.getByRole('button', { name: /^Direct messages/ }).click();
  await ada.getByRole('button', { name: 'New group' }).click();
  await ada.getByLabel('People (usernames, separated by commas)').fill('grace, charles');
  await ada.getByLabel('Group name (optional)').fill('Engine crew');
  await shot(ada, 'new-group');
  await ada.getByRole('button', { name: 'Create group' }).click();
  await ada.getByRole('heading', { name: 'Engine crew' }).waitFor();
  await ada.getByLabel('Message Engine crew').fill('Welcome to the crew');
  await ada.getByLabel('Message Engine crew').press('Enter');
  await grace.getByRole('link', { name: /Engine crew.*Welcome to the crew/ }).waitFor();

  log('ada renames the group and removes charles; grace sees it, then leaves');
  await ada.getByRole('button', { name: 'Settings of Engine crew' }).click();
  const group = ada.getByRole('dialog', { name: 'Group settings' });
  await group.getByLabel('Group name').fill('Analytical crew');
  await group.getByRole('button', { name: 'Rename group' }).click();
  await grace.getByRole('link', { name: /Analytical crew/ }).waitFor();
  await group.getByRole('button', { name: 'Remove Charles Babbage' }).click();
  await group.getByRole('list', { name: 'Participants' }).getByText('Charles Babbage').waitFor({ state: 'detached' });
  await shot(ada, 'group-settings');
  await group.getByRole('button', { name: 'Done' }).click();
  await grace.getByRole('button', { name: 'Settings of Analytical crew' }).click();
  await grace.getByRole('dialog', { name: 'Group settings' }).getByRole('list', { name: 'Participants' }).getByRole('listitem').nth(1).waitFor();
  if (await grace.getByRole('dialog', { name: 'Group settings' }).getByRole('listitem').count() !== 2) {
    throw new Error('grace still sees charles in the group');
  }
  await grace.getByRole('button', { name: 'Leave group' }).click();
  await grace.getByRole('button', { name: 'Leave', exact: true }).click();
  await grace.getByRole('link', { name: /Analytical crew/ }).waitFor({ state: 'detached' });
  await ada.getByRole('button', { name: 'Settings of Analytical crew' }).click();
  await ada.getByRole('dialog', { name: 'Group settings' }).getByText('Grace Hopper').waitFor({ state: 'detached' });
  await ada.getByRole('button', { name: 'Done' }).click();

  await largeCommunityPresence({ ada, server, log, communityId, code: link.split('/').pop() });
}

const BOTS = 1000;

/** A REST call from the test itself (no browser): JSON in and out, failing loudly. */
async function api(server, method, path, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${server.url}/api/v1${path}`, { method, headers, body: body && JSON.stringify(body) });
  if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${await r.text()}`);
  return r.status === 204 ? undefined : r.json();
}

/** Registers a user, logs in and accepts the invite; answers the user's id. */
async function join(server, username, displayName, code) {
  await api(server, 'POST', '/auth/register', { username, display_name: displayName, password: PASSWORD });
  const t = await api(server, 'POST', '/auth/login', { login: username, password: PASSWORD });
  await api(server, 'POST', `/invites/${code}/accept`, undefined, t.access_token);
  return t.user.id;
}

/**
 * Charles, online in a browser, joins Ada's community; 1,000 members join over REST, which makes it
 * `large` (over LARGE_COMMUNITY_MEMBERS). After a reload Ada's READY pushes no presence for it, so
 * Charles shows online in her member list only because the list asked (REQUEST_MEMBERS with
 * presences) for the members on screen. The bots sort after him and never connect.
 */
async function largeCommunityPresence({ ada, server, log, communityId, code }) {
  log('charles logs in and joins the community');
  const charlesContext = await ada.context().browser().newContext({ viewport: { width: 1280, height: 800 } });
  const charles = await charlesContext.newPage();
  await charles.goto(`${server.url}/login`);
  await charles.getByLabel('Username or email').fill('charles');
  await charles.getByLabel('Password').fill(PASSWORD);
  await charles.getByRole('button', { name: 'Log in' }).click();
  await charles.waitForURL('**/channels/@me');
  await charles.goto(`${server.url}/invite/${code}`);
  await charles.getByRole('button', { name: 'Accept invite' }).click();
  await charles.getByRole('heading', { name: '#general' }).waitFor();
  const charlesId = await charles.evaluate(() => JSON.parse(localStorage.getItem('parley.session')).user.id);

  log(`${BOTS} more members join over REST: the community becomes large`);
  const started = Date.now();
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < BOTS) {
      const i = next++;
      await join(server, `zzbot${i}`, `Zz bot ${i}`, code);
    }
  }));
  log(`  (joined in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  log('ada reloads: the member list asks for the presence of the members on screen, and charles shows online');
  const asked = [];
  ada.on('websocket', (ws) => ws.on('framesent', (f) => {
    const frame = JSON.parse(String(f.payload));
    if (frame.op === 'REQUEST_MEMBERS' && frame.d.presences && frame.d.community_id === communityId) asked.push(...frame.d.user_ids);
  }));
  await ada.goto(`${server.url}/channels/${communityId}`);
  await ada.getByRole('link', { name: /general/ }).click();
  const row = ada.getByRole('complementary', { name: 'Members' }).getByRole('listitem').filter({ hasText: 'Charles Babbage' });
  await row.getByRole('img', { name: 'online' }).waitFor();
  if (!asked.includes(charlesId)) throw new Error(`no REQUEST_MEMBERS with presences named charles (asked for ${asked.length} users)`);
  if (asked.length > 200) throw new Error(`asked for ${asked.length} presences: more than the members on screen`);
  await charlesContext.close();
}
