// Playwright runs the UI tests in Debian's Chromium against web mode (tests/ui), and the Electron
// tests (tests/electron) wherever an Electron binary exists. It never downloads a browser.
import { defineConfig } from '@playwright/test';

export const CHROMIUM = process.env.MARGIN_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['ui/**/*.spec.ts', 'electron/**/*.spec.ts'],
  timeout: 45_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 2,
  // One retry on CI only: a 2-core machine under load can starve a browser; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'],
    },
    viewport: { width: 1360, height: 860 },
  },
});
