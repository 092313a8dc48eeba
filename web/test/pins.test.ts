import { expect, test } from 'vitest';
import { holdsManageMessages } from '../src/state/pin-permission';

test('pinning in a community channel needs MANAGE_MESSAGES (bit 3)', () => {
  expect(holdsManageMessages('8')).toBe(true);
  expect(holdsManageMessages(String((1n << 18n) | 8n))).toBe(true);
  expect(holdsManageMessages('7')).toBe(false);
  expect(holdsManageMessages('0')).toBe(false);
});
