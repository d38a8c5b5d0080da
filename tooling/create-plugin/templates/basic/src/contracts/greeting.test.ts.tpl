import { describe, expect, it } from 'vitest';
import { composeGreeting, settingsSchema } from './index';

describe('settings and greeting', () => {
  it('fills every setting with its default', () => {
    expect(settingsSchema.parse({})).toEqual({ greeting: '您好', signature: '' });
  });

  it('rejects unknown settings and over-long values, naming the field', () => {
    const unknown = settingsSchema.safeParse({ colour: 'red' });
    expect(unknown.success).toBe(false);
    const long = settingsSchema.safeParse({ greeting: '好'.repeat(41) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.path).toEqual(['greeting']);
    expect(long.error?.issues[0]?.message).toBe('问候语不能超过 40 个字');
  });

  it('adds the signature only when there is one', () => {
    expect(composeGreeting(settingsSchema.parse({}), '23').message).toBe('您好！');
    expect(composeGreeting(settingsSchema.parse({ greeting: '欢迎', signature: '哈尔滨市' }), '2301'))
      .toEqual({ divisionCode: '2301', greeting: '欢迎', message: '欢迎！——哈尔滨市' });
  });
});
