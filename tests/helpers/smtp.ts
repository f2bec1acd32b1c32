/**
 * @module A real SMTP server in the test process (smtp-server), with every received
 * message parsed (mailparser) so tests assert on headers, both parts and language.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface Received {
  envelopeTo: string[];
  raw: string;
  mail: ParsedMail;
}

export interface TestSmtp {
  url: string;
  port: number;
  received: Received[];
  /** Resolves when at least `n` messages have arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startSmtp(port = 0): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, mail: await simpleParser(raw) });
        done();
      });
    },
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const addr = server.server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    async waitFor(n, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > end) throw new Error(`expected ${n} mails, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A port nobody listens on (SMTP "down"). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => r(typeof a === 'object' && a ? a.port : 0));
    });
  });
}
