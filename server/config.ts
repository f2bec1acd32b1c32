/**
 * @module Configuration: every setting comes from the environment and is validated
 * once at start-up; a bad value stops the process with a message naming the variable.
 */
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(64 * 1024),
  SEED_DEMO: z
    .enum(['auto', 'never'])
    .default('auto'),
  /** `off` in production: no demo store at `/` and no demo shop seeded. */
  DEMO: z.enum(['on', 'off']).default('on'),
  /** `true` when a load balancer in front sets X-Forwarded-For (rate limits and audit use its address). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** How often the job runner looks for due work (it is also woken when work is queued). */
  JOB_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /** How long a claimed job is held before another attempt may take it (its runner crashed). */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  BUILD_WIDGETS: z.enum(['auto', 'always', 'never']).default('auto'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
