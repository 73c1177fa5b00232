// A watch line that arrives cut in half: client-node cannot parse it and skips it, so only the
// observer's lost-line detection can tell that an event went missing. End to end: the
// simulator's `respond=malformed` fault (as `npm run sim -- --fault` spells it), the unmodified
// client-node watch, the observer's timeline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFault } from '../../src/sim/args.ts';
import {
  createVm,
  eventually,
  gaps,
  harness,
  NAMESPACE,
  setVmStatus,
  states,
  timelineWhere,
} from './helpers.ts';

const VMS = 'virtualmachines';

describe('observer and a garbled watch line', () => {
  it('records a malformed gap when the line that added the VM was lost', async (t) => {
    const h = await harness(t);
    await eventually(() => h.observer.stats()[VMS].mode === 'watch', 10_000, 'the VM watch up');
    const fault = h.sim.faults.inject(
      parseFault(`respond=malformed,resource=${VMS},event=ADDED,times=1`),
    );
    const vm = `${NAMESPACE}/garbled`;
    h.observer.track(vm);
    await createVm(h, 'garbled');
    assert.equal(fault.remaining, 0, 'the ADDED line was the one cut short');
    await setVmStatus(h, 'garbled', 'Starting');
    await setVmStatus(h, 'garbled', 'ErrImagePull');

    const timeline = await timelineWhere(
      h.observer,
      vm,
      (tl) => states(tl, 'vm').includes('ErrImagePull'),
      'the VM states after the lost line',
    );
    const gap = gaps(timeline).find((g) => g.resource === VMS && g.cause === 'malformed');
    assert.ok(gap, `a malformed gap is recorded: ${JSON.stringify(timeline.entries)}`);
    assert.match(gap.detail, /ADDED line was lost/);
    assert.ok(
      h.warnings.some((line) => line.includes('malformed') && line.includes('garbled')),
      `the user is warned: ${h.warnings.join(' | ')}`,
    );
    assert.deepEqual(states(timeline, 'vm').slice(-2), ['Starting', 'ErrImagePull']);
    await h.observer.stop();
    assert.deepEqual(h.unhandled, [], 'no unhandled rejection');
  });
});
