import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PRESETS, presetPath, rangeWords } from '../src/presets.ts';
import { versionAtLeast } from '../src/util/version.ts';

const identity = { name: 'vm', namespace: 'ns', runId: 'r1' };
const IMAGE = 'registry.invalid/x/no-such-image:latest';

describe('presets', () => {
  it('pick the expected path of the KubeVirt release found, the newest range when unknown', () => {
    const preset = PRESETS['missing-datavolume'];
    assert.equal(presetPath(preset, 'v1.9.0').path, 'ErrorPvcNotFound');
    assert.equal(presetPath(preset, 'v0.57.0').path, 'ErrorPvcNotFound');
    assert.equal(presetPath(preset, 'v0.56.1').path, 'ErrorDataVolumeNotFound');
    assert.equal(presetPath(preset, undefined).path, 'ErrorPvcNotFound');
    assert.equal(presetPath(preset, 'stable').path, 'ErrorPvcNotFound');
    assert.equal(
      rangeWords(preset, presetPath(preset, 'v1.9.0')),
      'for KubeVirt v0.57.0 and later',
    );
    assert.equal(rangeWords(preset, presetPath(preset, 'v0.50.0')), 'for KubeVirt before v0.57.0');
    assert.equal(
      rangeWords(PRESETS.halted, presetPath(PRESETS.halted)),
      'for every KubeVirt release',
    );
  });

  it('compare releases by major, minor and patch', () => {
    assert.equal(versionAtLeast('v1.10.0', 'v1.9.0'), true);
    assert.equal(versionAtLeast('v1.8.4', 'v1.9.0'), false);
    assert.equal(versionAtLeast('v0.57.1', 'v0.57.0'), true);
    assert.equal(versionAtLeast('v0.57.0-rc.0', 'v0.57.0'), true);
    assert.equal(versionAtLeast('stable', 'v0.57.0'), false);
  });

  it('make each VM reach its status for the reason the docs give', () => {
    const spec = (name: keyof typeof PRESETS) => PRESETS[name].vm(identity, IMAGE).spec;
    assert.equal(spec('halted').runStrategy, 'Halted');
    assert.equal(spec('missing-image').runStrategy, 'Always');
    assert.deepEqual(
      (spec('unschedulable').template.spec.domain as { resources: unknown }).resources,
      { requests: { memory: '1Ti' } },
    );
    assert.deepEqual(spec('missing-pvc').template.spec.volumes?.[1], {
      name: 'missing',
      persistentVolumeClaim: { claimName: 'vm-missing' },
    });
    assert.deepEqual(spec('missing-datavolume').template.spec.volumes?.[1], {
      name: 'missing',
      dataVolume: { name: 'vm-missing' },
    });
    assert.match(
      JSON.stringify(spec('running').template.spec.volumes),
      /cirros-container-disk-demo/,
    );
    assert.equal(JSON.stringify(spec('missing-image')).includes(IMAGE), true);
    // A fresh VM each time: a preset never shares an object between attempts.
    assert.notEqual(PRESETS.halted.vm(identity, IMAGE), PRESETS.halted.vm(identity, IMAGE));
  });
});
