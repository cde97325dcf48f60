#!/usr/bin/env node
// `npm run demo:smoke`: `npm run demo` as a person runs it, checked from outside. It starts the
// demo on free ports, waits for it to say it is running, checks GET /ready, signs in through the
// GraphQL `login` mutation as the demo ADMIN, fetches the admin page, then presses Ctrl-C (SIGINT to
// the demo's process group) and checks that every process the demo started is gone. Prints the
// time from start to a ready API, and whether var/pg was created or reused. CI runs it with
// ORCHESTRA_EMBEDDED=always, twice (first and second start). --verbose prints the demo's output
// with the time of each line.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import getPort from 'get-port';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const say = (msg) => console.log(`[demo:smoke] ${msg}`);
const [apiPort, adminPort] = [await getPort(), await getPort()];
const firstStart = !existsSync(resolve(root, 'var/pg/PG_VERSION'));

/** Every live descendant of `pid` (Linux /proc): the demo's apps, its supervisor, PostgreSQL and Redis. */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  for (const queue = [pid]; queue.length; ) {
    for (const c of children.get(queue.shift()) ?? []) {
      found.push(c);
      queue.push(c);
    }
  }
  return found;
}
const alive = (pid) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
const commandOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '(gone)';
  }
};

const started = performance.now();
const demo = spawn('npm', ['run', 'demo'], {
  cwd: root,
  // Its own process group, like a terminal's foreground job: Ctrl-C is a SIGINT to the group.
  detached: true,
  env: { ...process.env, PORT: String(apiPort), ADMIN_PORT: String(adminPort), FORCE_COLOR: '0' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
/** The demo's output, each line with the seconds since start (printed on failure, or with --verbose). */
const output = [];
const exited = new Promise((res) => demo.once('exit', (code, signal) => res({ code, signal })));
const running = new Promise((res, rej) => {
  for (const stream of [demo.stdout, demo.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${line}`);
      const said = /^\[demo\] ((Using|Creating a PostgreSQL) .*)/.exec(stripVTControlCharacters(line));
      if (said) say(said[1]);
      if (line.includes('Orchestra is running')) res(performance.now());
    });
  }
  exited.then(({ code, signal }) => rej(new Error(`npm run demo ended before it was running (${signal ?? `exit ${code}`})`)));
});

let failed = false;
const check = (ok, what) => {
  say(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed = true;
};
let tree;
try {
  const readyAt = await running;
  const ready = await fetch(`http://127.0.0.1:${apiPort}/ready`);
  check(ready.ok, `GET /ready answers ${ready.status} ${JSON.stringify(await ready.json())}`);
  const seconds = ((readyAt - started) / 1000).toFixed(1);
  const embedded = output.some((l) => l.includes('Using embedded PostgreSQL'));
  const data = embedded ? (firstStart ? 'first start: var/pg created' : 'second start: var/pg reused') : 'PostgreSQL not embedded';
  say(`time to a ready API: ${seconds} s (${data}; ORCHESTRA_EMBEDDED=${process.env.ORCHESTRA_EMBEDDED ?? 'auto'})`);

  const login = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { email role } } }',
      variables: { e: 'admin@orchestra.local', p: 'orchestra-admin-demo' },
    }),
  }).then((r) => r.json());
  check(login.data?.login?.user?.role === 'ADMIN' && !!login.data.login.accessToken, `login as admin@orchestra.local: ${JSON.stringify(login.data?.login?.user ?? login.errors)}`);

  const page = await fetch(`http://127.0.0.1:${adminPort}/`);
  const html = await page.text();
  check(page.ok && html.includes('<div id="root"></div>'), `GET the admin page (http://127.0.0.1:${adminPort}/): ${page.status}, ${html.length} bytes`);
  tree = descendants(demo.pid);
} catch (e) {
  check(false, e.message);
  tree = descendants(demo.pid);
}

say(`Ctrl-C (SIGINT to the demo's process group; ${tree.length} processes under it)`);
try {
  process.kill(-demo.pid, 'SIGINT');
} catch {
  // already gone
}
await exited;
// The demo exits only after its apps and servers have; give stragglers a moment all the same.
for (let i = 0; i < 100 && tree.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
const left = tree.filter(alive);
check(left.length === 0, `everything it started is gone${left.length ? `; still running: ${left.map((p) => `${p} ${commandOf(p)}`).join('; ')}` : ''}`);
check(!existsSync(resolve(root, 'var/demo.env')), 'var/demo.env removed');

if (failed || process.argv.includes('--verbose')) console.log(`--- npm run demo output ---\n${output.join('\n')}`);
if (failed) process.exit(1);
