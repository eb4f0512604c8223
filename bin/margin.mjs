#!/usr/bin/env node
// The `margin` command: runs the TypeScript CLI through tsx, so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
process.env.MARGIN_CLI_ENTRY = '1';
await import('../src/cli/main.ts');
