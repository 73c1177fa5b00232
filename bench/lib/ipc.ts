// Requests and answers between the bench runner and its child processes (the simulator, the
// observer, the pollers), so each runs in its own process and its memory and CPU are its own.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../../src/util/errors.ts';

interface Call {
  id: number;
  op: string;
  arg: unknown;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** What a child answers: one handler per operation. */
export type Handlers = Record<string, (arg: never) => unknown>;

/** In a child: answers the runner's calls until it disconnects, then exits. */
export function serve(handlers: Handlers): void {
  process.on('message', (message: Call) => {
    void (async () => {
      const handler = handlers[message.op] as ((arg: unknown) => unknown) | undefined;
      let reply: Reply;
      try {
        if (!handler) throw new Error(`unknown operation '${message.op}'`);
        reply = { id: message.id, ok: true, value: await handler(message.arg) };
      } catch (error) {
        reply = { id: message.id, ok: false, error: errorMessage(error) };
      }
      process.send?.(reply);
    })();
  });
  process.on('disconnect', () => process.exit(0));
}

export interface ChildHandle {
  readonly process: ChildProcess;
  /** The child's `{ ready: value }` message, sent once it is set up. */
  readonly ready: Promise<unknown>;
  call<T>(op: string, arg?: unknown): Promise<T>;
  /** Disconnects and waits for the child to exit (it exits when the channel closes). */
  close(): Promise<void>;
}

/** Starts `bench/lib/<script>` as a child process with an IPC channel (structured clone). */
export function spawnChild(script: string, args: string[] = []): ChildHandle {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), args, {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<unknown>((resolve, reject) => {
    child.on('message', (message: { ready?: unknown }) => {
      if ('ready' in message) resolve(message.ready);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) while starting`)));
  });
  ready.catch(() => undefined);
  child.on('message', (reply: Reply) => {
    if (!('id' in reply)) return;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new Error(`${script}: ${reply.error}`));
  });
  child.once('exit', (code, signal) => {
    for (const pending of waiting.values()) {
      pending.reject(new Error(`${script} exited (${signal ?? code}) before answering`));
    }
    waiting.clear();
  });
  return {
    process: child,
    ready,
    call<T>(op: string, arg?: unknown): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, op, arg } satisfies Call);
      });
    },
    async close() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
