// margin:// deep links (margin://article/ID#highlight-HID): registers Margin as their handler and
// routes them to the open window. Returns false when another instance already runs (it got the link).
import { app } from 'electron';
import { parseDeepLink } from '../../shared/deepLink';
import { navigateTo } from './window';

export function handleDeepLinks(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.setAsDefaultProtocolClient('margin');
  const open = (raw: string | undefined) => {
    const link = raw ? parseDeepLink(raw) : null;
    if (link) navigateTo(link.articleId, link.highlightId);
  };
  app.on('second-instance', (_e, argv) => open(argv.find((a) => a.startsWith('margin://'))));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    open(url);
  });
  app.whenReady().then(() => setTimeout(() => open(process.argv.find((a) => a.startsWith('margin://'))), 1500));
  return true;
}
