import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { FlagError, parseFault, parseSimArgs } from '../../src/sim/args.ts';

describe('npm run sim flags', () => {
  it('turns flags into simulator options, leaving the rest to the defaults', () => {
    const command = parseSimArgs([
      '--time-scale',
      '0.01',
      '--dwell',
      '1ms',
      '--no-kvm',
      '--kubevirt-version',
      'v1.9.0',
      '--disabled-feature-gates',
      'ImageVolume',
      '--deny',
      'watch:virtualmachines:kubevirt.io',
      '--forbid-watch',
      'pods',
      '--serial-console-log=false',
    ]);
    assert.deepEqual(command.options, {
      timeScale: 0.01,
      errImagePullDwellMs: 1,
      kubevirt: {
        installed: true,
        available: true,
        version: 'v1.9.0',
        disabledFeatureGates: ['ImageVolume'],
        useEmulation: false,
        disableSerialConsoleLog: true,
      },
      nodes: { kvm: false },
      rbac: { deny: [{ verb: 'watch', resource: 'virtualmachines', group: 'kubevirt.io' }] },
    });
    assert.deepEqual(command.forbidWatch, ['pods']);
    assert.equal(parseSimArgs([]).options.kubevirt?.disableSerialConsoleLog, false);
    assert.throws(
      () => parseSimArgs(['--serial-console-log', 'off']),
      /--serial-console-log 'off' is not true or false/,
    );
  });

  it('reads the images the node can pull', () => {
    const command = parseSimArgs([
      '--image-exists',
      'registry.example.com/*',
      '--image-exists',
      'busybox',
    ]);
    assert.deepEqual(command.options.imageExists, ['registry.example.com/*', 'busybox']);
    assert.equal(parseSimArgs([]).options.imageExists, undefined);
  });

  it('reads fault specs', () => {
    assert.deepEqual(
      parseFault('respond=429,resource=virtualmachines,watch=true,times=2,retry-after=3'),
      {
        respond: 429,
        times: 2,
        retryAfterSeconds: 3,
        match: { resource: 'virtualmachines', watch: true },
      },
    );
    assert.deepEqual(parseFault('delay=250ms,verb=list'), {
      delayMs: 250,
      match: { verb: 'list' },
    });
    assert.deepEqual(parseFault('respond=malformed,resource=virtualmachines,event=ADDED,times=1'), {
      respond: 'malformed',
      event: 'ADDED',
      times: 1,
      match: { resource: 'virtualmachines' },
    });
  });

  const bad: [string[], RegExp][] = [
    [['--time-scale', 'fast'], /--time-scale 'fast' is not a number/],
    [['--dwell', '5 minutes'], /--dwell '5 minutes' is not a duration/],
    [['--coalesce', '2'], /--coalesce '2' is not a number in \[0, 1\]/],
    [['--fault', 'respond=418'], /respond must be one of/],
    [['--fault', 'resource=pods'], /give respond= or delay=/],
    [['--fault', 'colour=red'], /unknown key 'colour'/],
    [['--fault', 'respond=malformed,event=BOOKMARK'], /event must be one of ADDED/],
    [['--fault', 'respond=500,event=ADDED'], /event= goes with respond=malformed/],
    [['--deny', 'watch'], /--deny 'watch' is not VERB:RESOURCE/],
    [['--bogus'], /Unknown option '--bogus'/],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${argv.join(' ')} by name`, () =>
      assert.throws(
        () => parseSimArgs(argv),
        (error: unknown) => error instanceof FlagError && message.test(error.message),
      ));
  }

  it('runs as a process that prints its kubeconfig and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['src/sim/serve.ts', '--time-scale', '0.001'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      const kubeconfig = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /^export KUBECONFIG=(.+)$/m.exec(output);
          if (match) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`sim exited with ${code}: ${output}`)));
      });
      const kc = new KubeConfig();
      kc.loadFromFile(kubeconfig);
      const namespaces = await kc.makeApiClient(CoreV1Api).listNamespace();
      assert.ok(namespaces.items.some((ns) => ns.metadata?.name === 'kubevirt'));
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 0);
  });
});
