// Post step (`post-if: always()`): removes whatever the main step created, also after it
// crashed, timed out or was cancelled. It never fails the job: problems become warnings.
import * as core from '@actions/core';
import { errorMessage } from './util/errors.ts';

export async function post(): Promise<void> {
  try {
    await Promise.resolve();
    core.info('Nothing to clean up.');
  } catch (error) {
    core.warning(`Cleanup failed: ${errorMessage(error)}`);
  }
}

await post();
