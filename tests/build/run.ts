/**
 * Runs a command without blocking the test worker (spawnSync would freeze Vitest's messaging for
 * the length of a build), and collects its output.
 */
import { spawn } from 'node:child_process';

/** Result of a finished command. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` with the given environment; resolves when it exits (or is killed at `timeout`). */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 240_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * The environment of `npm run build`: without what Vitest adds (NODE_ENV=test, DEV, MODE and VITEST*), which
 * would otherwise end up in client bundles and make their hashes differ from the real build.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Vitest also copies import.meta.env into process.env (DEV=1, MODE=test, …); Astro would read DEV from there.
  const vitestKeys = ['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'];
  for (const key of Object.keys(env)) if (vitestKeys.includes(key) || key.startsWith('VITEST')) delete env[key];
  return { ...env, ...extra };
}
