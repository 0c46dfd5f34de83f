import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (no browser download); these flags keep it off the closed network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// A port of its own, so a running `make run` (8080) is never tested by mistake.
const PORT = Number(process.env.FRONTDESK_E2E_PORT ?? 8090);
const ROOT = '../..';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  retries: 0,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // page.route cannot see requests a service worker makes: tests that fake the server keep it
    // off; offline.spec.ts turns it on.
    serviceWorkers: 'block',
    trace: 'off',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [
    // Android presets keep the Chromium engine (iPhone presets switch to WebKit).
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    // A fresh database each run: the reference back end seeds it on start.
    // The suite sends requests faster than any resident, all from 127.0.0.1: a higher POST
    // limit than the default (the limit itself: crates/server/tests/security.rs, make security).
    command: `rm -rf ${ROOT}/target/e2e && ${ROOT}/target/release/frontdesk-server --listen 127.0.0.1:${PORT} --db ${ROOT}/target/e2e/frontdesk.sqlite --dist ${ROOT}/dist --post-limit 600/min ` +
      // The notifier (issue 16), looking every second; its mail server is one that refuses
      // (nothing listens there): the e2e tests need its answers, and the delivery of email is
      // tested natively (crates/server/tests/notify.rs).
      `--notify --notify-interval 1 --notify-allow-loopback --vapid-subject mailto:e2e@localhost ` +
      `--vapid-key ${ROOT}/target/e2e/vapid.key --smtp smtp://127.0.0.1:9 --mail-from e2e@localhost`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
