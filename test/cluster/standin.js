// A stand-in for kind, kubectl, sudo and udevadm, run as `node standin.js <tool> <args...>` by
// the small shell wrappers that `standins.ts` puts on PATH. It records every call in
// $STANDIN_DIR/calls.jsonl and answers like the real tool, from the scenario in
// $STANDIN_DIR/scenario.json (see `Scenario` in standins.ts), with the real tools' messages for
// failures. Plain JavaScript: it starts once per call, and type stripping would double that.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { setInterval } from 'node:timers';

const dir = process.env.STANDIN_DIR ?? '';
const [tool = '', ...args] = process.argv.slice(2);
/** @type {import('./standins.ts').Scenario} */
const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'));

function flag(name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function print(text) {
  process.stdout.write(`${text}\n`);
}

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function clusters() {
  const file = join(dir, 'clusters.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

function setClusters(names) {
  writeFileSync(join(dir, 'clusters.txt'), names.map((name) => `${name}\n`).join(''));
}

function writeKubeconfig(path, name) {
  writeFileSync(path, `apiVersion: v1\nkind: Config\ncurrent-context: kind-${name}\n`);
}

const applied = tool === 'kubectl' && args.includes('apply') ? flag('-f') : undefined;
appendFileSync(
  join(dir, 'calls.jsonl'),
  `${JSON.stringify({ tool, args, file: applied ? readFileSync(applied, 'utf8') : undefined })}\n`,
);

// A command that hangs (a stuck Docker daemon or API server): it never answers.
if (scenario.hang && [tool, ...args].join(' ').includes(scenario.hang)) {
  process.stderr.write(`${tool}: hanging as the scenario says\n`);
  setInterval(() => {}, 60_000);
} else {
  (tools()[tool] ?? (() => fail(`standin: unknown tool ${tool}`)))();
}

function tools() {
  return { kind, kubectl, sudo, udevadm };
}

function kind() {
  const command = args.slice(0, 2).join(' ');
  const name = flag('--name') ?? 'kind';
  if (args[0] === 'version') {
    print('kind v0.31.0 go1.25.5 linux/amd64');
  } else if (command === 'get clusters') {
    const names = clusters();
    if (names.length === 0) process.stderr.write('No kind clusters found.\n');
    for (const existing of names) print(existing);
  } else if (command === 'create cluster') {
    if (scenario.kindCreateError) fail(scenario.kindCreateError);
    if (clusters().includes(name)) {
      fail(
        `ERROR: failed to create cluster: node(s) already exist for a cluster with the name "${name}"`,
      );
    }
    process.stderr.write(`Creating cluster "${name}" ...\n ✓ Ensuring node image 🖼\n`);
    setClusters([...clusters(), name]);
    writeKubeconfig(flag('--kubeconfig') ?? 'kubeconfig', name);
    process.stderr.write(`Set kubectl context to "kind-${name}"\n`);
  } else if (command === 'export kubeconfig') {
    if (!clusters().includes(name)) {
      fail(`ERROR: could not locate any control plane nodes for cluster named '${name}'.`);
    }
    writeKubeconfig(flag('--kubeconfig') ?? 'kubeconfig', name);
    process.stderr.write(`Set kubectl context to "kind-${name}"\n`);
  } else if (command === 'delete cluster') {
    process.stderr.write(`Deleting cluster "${name}" ...\n`);
    setClusters(clusters().filter((existing) => existing !== name));
  } else {
    fail(`ERROR: unknown command "${args.join(' ')}" for "kind"`);
  }
}

function kubectl() {
  const kubeconfig = flag('--kubeconfig');
  if (kubeconfig && !existsSync(kubeconfig)) {
    fail(`error: stat ${kubeconfig}: no such file or directory`);
  }
  const rest = kubeconfig ? args.slice(2) : args;
  if (rest[0] === 'version') {
    print('Client Version: v1.35.0\nKustomize Version: v5.7.1');
  } else if (rest.includes('apply')) {
    print('kubevirt.kubevirt.io/kubevirt serverside-applied');
  } else if (rest.includes('wait')) {
    print('customresourcedefinition.apiextensions.k8s.io/kubevirts.kubevirt.io condition met');
  } else if (rest.includes('deployments,daemonsets,pods')) {
    const items = [...(scenario.workloads ?? []), ...(scenario.pods ?? [])];
    print(JSON.stringify({ kind: 'List', items }));
  } else if (rest.join(' ').includes('get kubevirt kubevirt')) {
    const counter = join(dir, 'kubevirt-reads');
    const reads = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0;
    writeFileSync(counter, String(reads + 1));
    const states = scenario.kubevirt ?? [];
    const state = states[Math.min(reads, states.length - 1)];
    if (!state) fail('Error from server (NotFound): kubevirts.kubevirt.io "kubevirt" not found');
    print(JSON.stringify(state));
  } else {
    fail(`error: unknown command "${rest.join(' ')}" for "kubectl"`);
  }
}

function sudo() {
  if (args[0] !== '-n') fail('sudo: a terminal is required to read the password');
  const result = spawnSync(args[1] ?? '', args.slice(2), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

function udevadm() {
  if (args[0] === 'trigger' && process.env.STANDIN_KVM_DEVICE && !process.env.STANDIN_UDEV_BROKEN) {
    chmodSync(process.env.STANDIN_KVM_DEVICE, 0o666);
  }
  if (process.env.STANDIN_UDEV_BROKEN) {
    fail('Failed to send reload request: No such file or directory');
  }
}
