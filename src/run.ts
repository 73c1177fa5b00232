// One check: namespace -> VM -> observe -> verify -> attempts -> cleanup. The only module that
// knows every stage.
import type { Config } from './config.ts';
import type { CheckOutcome } from './verify/types.ts';

export async function runCheck(config: Config): Promise<CheckOutcome> {
  await Promise.resolve();
  throw new Error(`the check itself is not built yet (expected path '${config.expectedPath}')`);
}
