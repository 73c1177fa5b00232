import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.ts';

const dir = mkdtempSync(join(tmpdir(), 'ktc-kubeconfig-'));
const secret = 'sekret-token-123';
function kubeconfig(server: string, context = 'c1'): string {
  return `apiVersion: v1
kind: Config
clusters: [{ name: ${context}, cluster: { server: "${server}" } }]
users: [{ name: u, user: { token: ${secret} } }]
contexts: [{ name: ${context}, context: { cluster: ${context}, user: u } }]
current-context: ${context}
`;
}
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadKubeConfig', () => {
  it("refuses an alias bomb in an exec plugin's args at once, naming the field", () => {
    // Nine levels of nine aliases: 9^9 strings once expanded, a few hundred bytes as written.
    const levels = Array.from({ length: 9 }, (_, i) =>
      i === 0
        ? '  - &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'
        : `  - &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`,
    );
    const path = file(
      'alias-bomb.yaml',
      kubeconfig('https://10.0.0.1:6443').replace(
        `users: [{ name: u, user: { token: ${secret} } }]`,
        `bombs:\n${levels.join('\n')}\nusers:\n  - name: u\n    user:\n      exec:\n        apiVersion: client.authentication.k8s.io/v1\n        command: get-token\n        args: [*l8, *l8]`,
      ),
    );
    const started = performance.now();
    assert.throws(() => loadKubeConfig(path, {}), {
      name: 'KubeconfigError',
      message: `kubeconfig ${path}: the exec credential plugin of user "u" has args[0] that is not a string; fix 'exec' in that user entry (command: a string, args: a list of strings, env: a list of name/value strings)`,
    });
    assert.ok(performance.now() - started < 1_000, 'at once');
  });

  it('reads the given path and reports its server', () => {
    const path = file('a.yaml', kubeconfig('https://10.0.0.1:6443'));
    const connection = loadKubeConfig(path, {});
    assert.equal(connection.server, 'https://10.0.0.1:6443');
    assert.equal(connection.source, path);
  });

  it('falls back to $KUBECONFIG, merging a list of files and keeping the first current context', () => {
    const first = file('b1.yaml', kubeconfig('https://first:6443', 'one'));
    const second = file('b2.yaml', kubeconfig('https://second:6443', 'two'));
    const connection = loadKubeConfig(undefined, { KUBECONFIG: `${first}:${second}` });
    assert.equal(connection.server, 'https://first:6443');
  });

  it('names a missing file and says how to fix it', () => {
    assert.throws(
      () => loadKubeConfig(join(dir, 'missing.yaml'), {}),
      /'kubeconfig' input names '.*missing.yaml', which does not exist/,
    );
  });

  it('names a broken file without printing its content', () => {
    const path = file('broken.yaml', `users: [{ token: ${secret} ]\n  - {`);
    assert.throws(
      () => loadKubeConfig(path, {}),
      (error: Error) => {
        assert.match(error.message, /kubeconfig .*broken.yaml could not be read/);
        assert.ok(!error.message.includes(secret), 'the kubeconfig content leaked into the error');
        return true;
      },
    );
  });

  it('rejects a kubeconfig without a current context', () => {
    const path = file(
      'nocontext.yaml',
      kubeconfig('https://x:6443').replace(/current-context: .*/, ''),
    );
    assert.throws(() => loadKubeConfig(path, {}), /has no current context/);
  });

  it('refuses a server URL that holds credentials, and never repeats them', () => {
    const path = file('userinfo.yaml', kubeconfig(`https://admin:${secret}@10.0.0.1:6443`));
    assert.throws(
      () => loadKubeConfig(path, {}),
      (error: Error) => {
        assert.match(
          error.message,
          /server URL of cluster "c1" \(https:\/\/\*\*\*@10\.0\.0\.1:6443\) holds credentials/,
        );
        assert.match(error.message, /give them in the user entry/);
        assert.ok(!error.message.includes(secret), 'the password leaked into the error');
        assert.ok(!error.message.includes('admin'), 'the user name leaked into the error');
        return true;
      },
    );
  });

  it('refuses a server URL no request could reach, naming it and the fix', () => {
    for (const [server, why] of [
      ['https://127.0.0.1:99999', /is not a valid URL/],
      ['htp:/10.0.0.1', /has the scheme 'htp:', not https: or http:/],
    ] as const) {
      const path = file('badurl.yaml', kubeconfig(server));
      assert.throws(
        () => loadKubeConfig(path, {}),
        (error: Error) => {
          assert.match(error.message, /server URL of cluster "c1" \(.*\)/);
          assert.match(error.message, why);
          assert.match(error.message, /fix 'server'/);
          return true;
        },
      );
    }
  });
});
