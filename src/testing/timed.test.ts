import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BenchFailure, bestOf, GNU_TIME, staleBuild } from './timed.js';

const node = (code: string) => [process.execPath, '-e', code];
const fails = (fn: () => unknown, pattern: RegExp) => assert.throws(fn, (e: unknown) => e instanceof BenchFailure && pattern.test(e.message));

for (const time of [GNU_TIME ?? null, null]) {
  const how = time ? 'through GNU time' : 'without GNU time';
  test(`a timed command that fails stops the benchmark instead of counting as fast (${how})`, () => {
    fails(() => bestOf(2, node('process.stderr.write("nexus: boom\\n"); process.exit(3)'), () => undefined, time), /exit status 3\nnexus: boom/);
    fails(() => bestOf(2, node('process.kill(process.pid, "SIGKILL")'), () => undefined, time), time ? /exit status 137|killed/ : /killed by SIGKILL/);
    fails(() => bestOf(2, ['/nonexistent/nexus'], () => undefined, time), time ? /exit status 127/ : /could not run/);
    // Exit status 0, but not what the command should print.
    fails(() => bestOf(2, node('console.log("Entities (0)")'), (out) => (/Boko Haram/.test(out) ? undefined : 'did not find Boko Haram'), time), /did not find Boko Haram/);
  });

  test(`a command that does what it should is timed (${how})`, () => {
    const t = bestOf(2, node('console.log("Boko Haram")'), (out) => (/Boko Haram/.test(out) ? undefined : 'missing'), time);
    assert.ok(t.wall > 0 && Number.isFinite(t.wall));
    assert.ok(t.wallMean >= t.wall, 'the mean is not below the best');
    if (time) assert.ok(t.cpu >= 0 && Number.isFinite(t.cpu) && t.cpuMean >= t.cpu, `CPU ${t.cpu}, mean ${t.cpuMean}`);
    else assert.ok(Number.isNaN(t.cpu) && Number.isNaN(t.cpuMean));
  });
}

test('a build older than the sources, or none, or without a current bundle, is refused', () => {
  const root = mkdtempSync(join(tmpdir(), 'nexus-stale-'));
  mkdirSync(join(root, 'src/cli'), { recursive: true });
  writeFileSync(join(root, 'src/cli/main.ts'), '');
  assert.match(staleBuild(root) ?? '', /not built/);
  mkdirSync(join(root, 'dist/cli'), { recursive: true });
  writeFileSync(join(root, 'dist/cli/main.js'), '');
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(root, 'dist/cli/main.js'), past, past);
  assert.match(staleBuild(root) ?? '', /src\/cli\/main\.ts changed after the build/);
  utimesSync(join(root, 'dist/cli/main.js'), new Date(), new Date());
  assert.match(staleBuild(root) ?? '', /dist\/bundle\/nexus\.cjs is missing/);
  mkdirSync(join(root, 'dist/bundle'));
  writeFileSync(join(root, 'dist/bundle/nexus.cjs'), '');
  utimesSync(join(root, 'dist/bundle/nexus.cjs'), past, past);
  assert.match(staleBuild(root) ?? '', /older than dist\/cli/, 'a bundle older than a tsc run');
  utimesSync(join(root, 'dist/bundle/nexus.cjs'), new Date(), new Date(Date.now() + 1000));
  writeFileSync(join(root, 'src/cli/main.test.ts'), '');
  assert.equal(staleBuild(root), undefined, 'a newer test file does not make the build stale');
});
