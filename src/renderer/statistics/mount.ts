// Adds the statistics feature to the window.
import type { Api } from '../../shared/api/client';
import type { App } from '../app';

export function mountStatistics(_app: App, _api: Api): void {}
