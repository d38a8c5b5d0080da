import type { Settings } from './settings';

export interface Greeting {
  divisionCode: string;
  greeting: string;
  /** The sentence shown to the public. */
  message: string;
}

/** The greeting a division shows, derived from its effective settings. */
export function composeGreeting(settings: Settings, divisionCode: string): Greeting {
  const signature = settings.signature.length > 0 ? `——${settings.signature}` : '';
  return { divisionCode, greeting: settings.greeting, message: `${settings.greeting}！${signature}` };
}
