import { invalidSetting } from './setting.ts';
import { withoutUrlCredentials } from './text.ts';

/**
 * The message of anything thrown, without `(error as any)` casts at every catch, and without the
 * credentials of a URL it quotes (undici and proxies quote theirs whole).
 */
export function errorMessage(error: unknown): string {
  return withoutUrlCredentials(rawMessage(error));
}

function rawMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * A problem with one input (action input or CLI flag). The message names the input, repeats the
 * bad value and says what is accepted, as kubectl does for a bad flag.
 */
export class InputError extends Error {
  readonly input: string;
  /** What is wrong and what is accepted, without the input's name. */
  readonly detail: string;
  constructor(input: string, message: string) {
    super(invalidSetting(input, 'action', message));
    this.name = 'InputError';
    this.input = input;
    this.detail = message;
  }
}
