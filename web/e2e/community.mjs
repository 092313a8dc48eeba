// End-to-end steps for community management and groups, run by run.mjs with both users logged in
// and live. In a community of her own, Ada (desktop) renames it, adds and reorders a channel, hides
// it from everyone with an overwrite, creates a role with a permission, gives it to Grace (phone),
// lets the role see the channel again, and kicks Grace; each change shows on Grace's screen live.
// Then Ada creates a group with Grace and Charles (registered over REST), renames it and removes
// Charles, and Grace leaves it.

const PASSWORD = 'correct horse battery staple';

/**
 * @param {{ ada: import('playwright-core').Page, grace: import('playwright-core').Page,
 *           server: { url: string }, log: (s: string) => void,
 *           shot: (page: import('playwright-core').Page, name: string) => Promise<void> }} ctx
 */
export async function communityManagement({ ada, grace, server, log, shot }) {
  log('ada creates a second community and grace joins it');
  await ada.getByRole('button', { name: 'Create a community' }).click();
  await ada.getByLabel('Community name').fill('Difference Engine');
  await ada.getByRole('button', { name: 'Create', exact: true }).click();
  await ada.getByRole('heading', { name: '#general' }).waitFor();
  await ada.waitForURL(/\/channels\/\d+\/\d+$/);
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
}
