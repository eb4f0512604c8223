// Adds the tags feature to the window.
import type { Api } from '../../shared/api/client';
import type { App } from '../app';

export function mountTags(_app: App, _api: Api): void {}
