// Action entry: inputs -> run -> report -> outputs. Thin on purpose; the work is in run.ts.
import * as core from '@actions/core';
import { readConfig } from './config.ts';
import { runCheck } from './run.ts';
import { errorMessage } from './util/errors.ts';

export async function main(): Promise<void> {
  try {
    const config = readConfig((name) => core.getInput(name));
    if (config.githubToken) core.setSecret(config.githubToken);
    const outcome = await runCheck(config);
    core.setOutput('result', outcome.result);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

await main();
