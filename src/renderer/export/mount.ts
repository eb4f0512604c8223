// Adds the export feature to the window.
import type { Api } from '../../shared/api/client';
import type { App } from '../app';

export function mountExport(_app: App, _api: Api): void {}
