import assert from 'node:assert/strict';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { decideEmulation } from '../../src/cluster/kvm.ts';
import { makeStandins, type Standins } from './standins.ts';

describe('decideEmulation', () => {
  let standins: Standins;
  let device: string;
  let rules: string;
  const lines: string[] = [];
  beforeEach(() => {
    standins = makeStandins();
    device = join(standins.dir, 'kvm');
    rules = join(standins.dir, '99-kvm4all.rules');
  });
  afterEach(() => standins.cleanup());

  const options = (extra: NodeJS.ProcessEnv = {}) => ({
    device,
    udevRulesPath: rules,
    isRoot: true,
    env: { ...standins.env, STANDIN_KVM_DEVICE: device, ...extra },
    log: (line: string) => lines.push(line),
  });

  it('emulates when asked, without looking for KVM', async () => {
    assert.deepEqual(await decideEmulation('true', options()), {
      emulation: true,
      reason: 'emulation: true was requested',
    });
    assert.deepEqual(standins.commandLines(), []);
  });

  it('emulates without /dev/kvm on auto, and refuses on false', async () => {
    const decision = await decideEmulation('auto', options());
    assert.equal(decision.emulation, true);
    assert.match(decision.reason, /kvm does not exist on this runner/);
    await assert.rejects(
      decideEmulation('false', options()),
      /^Error: emulation: false requires KVM, but \S+kvm does not exist on this runner .*Use emulation: auto \(or true\)/,
    );
  });

  it('as root, writes the udev rule itself and runs udevadm without sudo', async () => {
    writeFileSync(device, '');
    chmodSync(device, 0o600);
    assert.equal((await decideEmulation('false', options())).emulation, false);
    assert.ok(existsSync(rules));
    assert.deepEqual(standins.commandLines(), [
      'udevadm control --reload-rules',
      'udevadm trigger --name-match=kvm',
      'udevadm settle --timeout=10',
    ]);
  });

  it('touches nothing when /dev/kvm is open to all already', async () => {
    writeFileSync(device, '');
    chmodSync(device, 0o666);
    assert.equal((await decideEmulation('auto', options())).emulation, false);
    assert.deepEqual(standins.commandLines(), []);
    assert.ok(!existsSync(rules));
  });

  it('falls back to emulation on auto when udev fails, and reports it on false', async () => {
    writeFileSync(device, '');
    chmodSync(device, 0o600);
    const broken = options({ STANDIN_UDEV_BROKEN: '1' });
    const decision = await decideEmulation('auto', broken);
    assert.equal(decision.emulation, true);
    assert.match(
      decision.reason,
      /kvm exists but could not be opened to all users: 'udevadm control --reload-rules' failed with exit code 1:\nFailed to send reload request/,
    );
    await assert.rejects(
      decideEmulation('false', broken),
      /emulation: false requires KVM, but .*could not be opened/s,
    );
  });
});
