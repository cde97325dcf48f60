// Runs one integration test of apps/api longer than CI does, on its own fresh database (the
// integration test set-up): builds the API, then runs the test with the given environment.
import { spawnSync } from 'node:child_process';

export function runIntegrationTest(pathPattern, env, extraArgs = []) {
  const build = spawnSync('npx', ['nx', 'run', 'api:build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const run = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', '../../node_modules/jest/bin/jest.js', '--runInBand', '--selectProjects', 'integration', '--testPathPatterns', pathPattern, ...extraArgs],
    { cwd: 'apps/api', stdio: 'inherit', env: { ...process.env, ...env } },
  );
  process.exit(run.status ?? 1);
}
