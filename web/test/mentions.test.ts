// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { RoleView } from '../src/generated/protocol';
import { renderMarkdown } from '../src/markdown';
import {
  communityCandidates, encodeMentions, insertMention, matchCandidates, mentionNames, mentionQuery, userCandidate,
} from '../src/state/mentions';
import { ada, adaMember, grace, lab } from './fixtures';

const mods: RoleView = { id: '5002', community_id: lab.id, name: 'Mods', color: 0, position: 1, permissions: '0', everyone: false };
const everyoneRole: RoleView = { id: lab.id, community_id: lab.id, name: '@everyone', color: 0, position: 0, permissions: '0', everyone: true };
const graceMember = { community_id: lab.id, user: grace, nickname: 'Amazing Grace' };
const all = communityCandidates([adaMember, graceMember], [everyoneRole, mods]);

describe('the @query before the caret', () => {
  test('found at the start or after a space, with what was typed after the @', () => {
    expect(mentionQuery('@gr', 3)).toEqual({ start: 0, query: 'gr' });
    expect(mentionQuery('hi @', 4)).toEqual({ start: 3, query: '' });
    expect(mentionQuery('hi @gra there', 7)).toEqual({ start: 3, query: 'gra' });
  });
  test('not inside an email address or after a space following the name', () => {
    expect(mentionQuery('ada@lab', 7)).toBeNull();
    expect(mentionQuery('@grace ', 7)).toBeNull();
  });
});

describe('candidates', () => {
  test('members by username, roles except @everyone, then @everyone and @here', () => {
    expect(all.map((c) => c.label)).toEqual(['ada', 'grace', 'Mods', 'everyone', 'here']);
  });
  test('match by username, nickname or display name words, prefix first', () => {
    expect(matchCandidates(all, 'gr').map((c) => c.label)).toEqual(['grace']);
    expect(matchCandidates(all, 'amaz').map((c) => c.label)).toEqual(['grace']);
    expect(matchCandidates(all, 'race').map((c) => c.label)).toEqual(['grace']);
    expect(matchCandidates(all, 'mo').map((c) => c.label)).toEqual(['Mods']);
    expect(matchCandidates(all, '')).toHaveLength(5);
    expect(matchCandidates(all, '', 2)).toHaveLength(2);
  });
});

describe('inserting and encoding', () => {
  test('the pick replaces the @query and leaves the caret after a space', () => {
    expect(insertMention('hi @gr!', 3, 6, userCandidate(grace))).toEqual({ text: 'hi @grace !', caret: 10 });
  });
  test('picked mentions become the server syntax; others and code stay as typed', () => {
    const picked = [all[1]!, all[2]!, all[3]!];
    expect(encodeMentions('@grace and @Mods, @everyone! @ada `@grace`', picked))
      .toBe(`<@${grace.id}> and <@&${mods.id}>, @everyone! @ada \`@grace\``);
    expect(encodeMentions('@graceful', picked)).toBe('@graceful');
    expect(encodeMentions('mail@grace', picked)).toBe('mail@grace');
  });
});

describe('rendering mentions by name', () => {
  test('nicknames first, then known users, and roles', () => {
    const names = mentionNames([ada, grace], [graceMember], [mods]);
    const html = renderMarkdown(`hi <@${grace.id}> <@${ada.id}> <@&${mods.id}> <@999>`, names);
    expect(html).toContain('<span class="mention">@Amazing Grace</span>');
    expect(html).toContain('<span class="mention">@Ada</span>');
    expect(html).toContain('<span class="mention">@Mods</span>');
    expect(html).toContain('&lt;@999&gt;');
  });
});
