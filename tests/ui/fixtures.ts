// A Playwright fixture giving each test its own web-mode server and temp library.
import { test as base, expect } from '@playwright/test';
import { startWebMode, type WebMode } from '../support/webMode';

export const test = base.extend<{ web: WebMode }>({
  web: async ({}, use) => {
    const web = await startWebMode();
    await use(web);
    await web.stop();
  },
});

export { expect };
