import { describe, expect, test } from 'vitest';
import { EMPTY_OVERWRITE, isEmpty, triOf, withTri } from '../src/state/overwrites';
import { mask } from '../src/state/permissions';

describe('overwrite editor state', () => {
  test('every bit starts neutral', () => {
    expect(triOf(EMPTY_OVERWRITE, 'VIEW_CHANNEL')).toBe('neutral');
    expect(isEmpty(EMPTY_OVERWRITE)).toBe(true);
  });
  test('allow, deny and back to neutral; a bit is never on both sides', () => {
    let o = withTri(EMPTY_OVERWRITE, 'SEND_MESSAGES', 'allow');
    expect(o).toEqual({ allow: mask('SEND_MESSAGES').toString(), deny: '0' });
    o = withTri(o, 'SEND_MESSAGES', 'deny');
    expect(o).toEqual({ allow: '0', deny: mask('SEND_MESSAGES').toString() });
    expect(triOf(o, 'SEND_MESSAGES')).toBe('deny');
    o = withTri(o, 'SEND_MESSAGES', 'neutral');
    expect(isEmpty(o)).toBe(true);
  });
  test('bits are independent and survive 64-bit strings', () => {
    let o = withTri(EMPTY_OVERWRITE, 'VIEW_CHANNEL', 'deny');
    o = withTri(o, 'VIDEO', 'allow');
    expect(triOf(o, 'VIEW_CHANNEL')).toBe('deny');
    expect(triOf(o, 'VIDEO')).toBe('allow');
    expect(triOf(o, 'SEND_MESSAGES')).toBe('neutral');
    expect(triOf({ allow: '9223372036854775807', deny: '0' }, 'VIDEO')).toBe('allow');
  });
});
