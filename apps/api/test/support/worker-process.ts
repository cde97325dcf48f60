import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueueName } from '@orchestra/shared';
import { Queue } from 'bullmq';

const API_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Every worker still running when the test file's process ends is killed with it.
const live = new Set<ChildProcess>();
process.once('exit', () => live.forEach((child) => child.kill('SIGKILL')));

/** The real worker (`dist/worker.js`) as a child process, the way it runs in production. */
export class WorkerProcess {
  private output = '';
  private exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  }

  static async start(env: Record<string, string> = {}): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['dist/worker.js'], {
      cwd: API_ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    live.add(child);
    child.once('exit', () => live.delete(child));
    try {
      // Generous: a cold start on a machine whose two cores are busy takes tens of seconds.
      await worker.waitForLog('Worker started', 60_000);
    } catch (error) {
      // Never leave a worker running against the run's shared database after a failed start.
      await worker.stop('SIGKILL');
      throw error;
    }
    return worker;
  }

  get logs(): string {
    return this.output;
  }

  async waitForLog(text: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes(text)) {
      if (this.child.exitCode !== null) throw new Error(`worker exited (${this.child.exitCode}) before logging "${text}":\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`worker did not log "${text}" within ${timeoutMs} ms:\n${this.output}`);
      await sleep(50);
    }
  }

  /** Sends a signal and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * "Nothing more happens", proved by a signal instead of a fixed sleep: waits until the queues hold
 * no job about `subject` (a value in its payload) that could still run — waiting, active,
 * prioritised, or delayed for a retry — leaving out the delayed jobs named in `keep`.
 */
export async function waitForNoPendingJobs(names: readonly QueueName[], subject: string, what: string, keep: readonly string[] = []): Promise<void> {
  const queues = names.map((name) => new Queue(name, { connection: { url: process.env['REDIS_URL']! }, prefix: process.env['QUEUE_PREFIX'] }));
  const about = (data: unknown) => Object.values((data ?? {}) as Record<string, unknown>).includes(subject);
  try {
    await waitFor(async () => {
      for (const queue of queues) {
        const pending = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);
        if (pending.some((job) => job && about(job.data) && !keep.includes(job.id!))) return undefined;
      }
      return true;
    }, what);
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}

export interface SentMail {
  file: string;
  to: string;
  subject: string;
  link: string | null;
  /** The plain-text body, decoded. */
  text: string;
}

/** Decodes the quoted-printable body nodemailer writes, so links survive line folding. */
function decodeQuotedPrintable(s: string): string {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?...?= / =?UTF-8?B?...?=) in a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** The .eml files the worker wrote to MAIL_DIR (no SMTP_URL in tests). */
export function sentMails(dir = process.env['MAIL_DIR']!): SentMail[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const split = raw.search(/\r?\n\r?\n/);
      const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
      const body = decodeQuotedPrintable(raw.slice(split));
      const header = (name: string) => decodeHeader(new RegExp(`^${name}: (.+)$`, 'm').exec(headers)?.[1]?.trim() ?? '');
      return {
        file: f,
        to: header('To'),
        subject: header('Subject'),
        // A link carrying a secret: set-password or an invitation to answer.
        link: /(https?:\/\/\S+(?:set-password\?token=|\/respond\/)\S+)/.exec(body)?.[1] ?? null,
        text: body.trim(),
      };
    });
}

export function clearMails(dir = process.env['MAIL_DIR']!): void {
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
}
