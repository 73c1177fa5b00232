// `npm run sim`: the simulated KubeVirt cluster as a standalone process, for kubectl, the CLI
// and the action bundle. Prints `export KUBECONFIG=...` and runs until Ctrl-C. Lines typed on
// stdin drive faults: `restart`, `compact`, `end-watches`, `reset-watches`, `clear`.
import { copyFile } from 'node:fs/promises';
import { FlagError, parseSimArgs, USAGE } from './args.ts';
import { startSimulator, type Simulator } from './index.ts';
import { messageOf } from './status.ts';

function command(sim: Simulator, line: string): void {
  switch (line.trim()) {
    case 'restart':
      void sim.restart().then(() => console.log('sim: restarted'));
      break;
    case 'compact':
      sim.faults.compact();
      console.log('sim: watch history compacted');
      break;
    case 'end-watches':
      console.log(`sim: ended ${sim.faults.endWatches()} watches`);
      break;
    case 'reset-watches':
      console.log(`sim: reset ${sim.faults.endWatches({ mode: 'reset' })} watches`);
      break;
    case 'clear':
      sim.faults.clear();
      console.log('sim: faults cleared');
      break;
    case '':
      break;
    default:
      console.log('sim: commands: restart, compact, end-watches, reset-watches, clear');
  }
}

function logRequests(sim: Simulator): void {
  let printed = 0;
  const timer = setInterval(() => {
    for (; printed < sim.requests.length; printed++) {
      const r = sim.requests[printed]!;
      const query = new URLSearchParams(r.query).toString();
      const fault = r.fault ? ` fault=${r.fault}` : '';
      console.log(
        `${r.method} ${r.path}${query ? `?${query}` : ''} ${r.status} ${r.durationMs.toFixed(1)}ms${fault}`,
      );
    }
  }, 100);
  timer.unref();
}

async function main(): Promise<void> {
  const parsed = parseSimArgs(process.argv.slice(2));
  if (parsed.help) {
    console.log(USAGE);
    return;
  }
  const sim = await startSimulator(parsed.options);
  for (const fault of parsed.faults) sim.faults.inject(fault);
  for (const resource of parsed.forbidWatch) sim.faults.forbidWatch(resource);
  if (parsed.watchEndRate) sim.faults.endWatchesRandomly({ rate: parsed.watchEndRate });
  if (parsed.kubeconfig) await copyFile(sim.kubeconfigPath, parsed.kubeconfig);
  console.log(`sim: KubeVirt simulator listening on ${sim.url}`);
  console.log(`export KUBECONFIG=${parsed.kubeconfig ?? sim.kubeconfigPath}`);
  console.log(
    'sim: try `kubectl get vm,vmi,pods,events -A`; type "help" for fault commands; Ctrl-C stops',
  );
  if (parsed.logRequests) logRequests(sim);

  process.stdin.setEncoding('utf8');
  let buffered = '';
  process.stdin.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) command(sim, line);
  });
  const stop = () => {
    process.stdin.pause();
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof FlagError) {
    console.error(`error: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(`sim: ${messageOf(error)}`);
  process.exit(1);
});
