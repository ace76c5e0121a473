import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('mật-khẩu-dài');
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('mật-khẩu-dài', hash)).toBe(true);
    expect(await verifyPassword('mat-khau-dai', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  it('treats NFD and NFC input as the same password', async () => {
    const hash = await hashPassword('Hòa Bình'.normalize('NFC'));
    expect(await verifyPassword('Hòa Bình'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
  });
});
