// What the command-line tools in tests/e2e (make bench, make audit) share: where the build is,
// Debian's Chromium with the flags that keep it off the network, and the reference back end
// started as `make run` starts it, on a port and with a database of the tool's own.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Starts `frontdesk-server` on 127.0.0.1:`port` serving dist/, with a fresh database
 * `<out>/<name>.sqlite` (seeded on start) and its photos in `<out>/media`; stopped when this process exits. Resolves with the
 * base address once the server answers. `args`: more flags (`--post-limit off` for load tests).
 */
export async function startReferenceServer({ out, name, port, args = [] }) {
  mkdirSync(out, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(out, `${name}.sqlite${suffix}`), { force: true });
  rmSync(join(out, 'media'), { recursive: true, force: true }); // photos the server kept last time
  const base = `http://127.0.0.1:${port}`;
  // The notifier on, as `make run` has it (its key kept beside the database).
  const notifier = ['--notify', '--notify-allow-loopback', '--vapid-subject', 'mailto:311@localhost',
    '--vapid-key', join(out, `${name}-vapid.key`)];
  const server = spawn(join(ROOT, 'target/release/frontdesk-server'),
    ['--listen', `127.0.0.1:${port}`, '--dist', DIST, '--db', join(out, `${name}.sqlite`), ...notifier, ...args],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  for (let i = 0; ; i++) {
    try { await fetch(base + '/'); break; } catch { if (i > 50) throw new Error('frontdesk-server did not start'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop };
}
