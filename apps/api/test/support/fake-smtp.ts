import { createServer, type Server, type Socket } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/**
 * A minimal SMTP server for tests (no TLS, no auth): records every message and can hold each
 * connection's greeting back, so a test can catch a worker in the middle of sending.
 */
export class FakeSmtp {
  readonly received: ReceivedMail[] = [];
  connections = 0;
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(opts: { greetingDelayMs?: number } = {}): Promise<FakeSmtp> {
    const ref: { smtp?: FakeSmtp } = {};
    const server = createServer((socket) => ref.smtp?.handle(socket, opts.greetingDelayMs ?? 0));
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    ref.smtp = new FakeSmtp(server, (server.address() as { port: number }).port);
    return ref.smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  close(): Promise<void> {
    return new Promise((res) => this.server.close(() => res()));
  }

  private handle(socket: Socket, greetingDelayMs: number): void {
    this.connections += 1;
    let buffer = '';
    let inData = false;
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    setTimeout(() => socket.write('220 fake-smtp ready\r\n'), greetingDelayMs);
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          this.received.push(mail);
          mail = { from: '', to: [], data: '' };
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'MAIL') mail.from = line;
        if (verb === 'RCPT') mail.to.push(/<([^>]+)>/.exec(line)?.[1] ?? line);
        if (verb === 'DATA') {
          inData = true;
          socket.write('354 end with .\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else {
          socket.write(verb === 'EHLO' || verb === 'HELO' ? '250 fake-smtp\r\n' : '250 ok\r\n');
        }
      }
    });
    socket.on('error', () => undefined);
  }
}
