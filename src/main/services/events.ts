// A small event bus for what the services tell open windows: library changes, progress, notices.
// The web server and the Electron shell each subscribe and forward to their pages.
import type { LibraryEvent } from '../../shared/api/methods';

export class EventBus {
  private readonly listeners = new Set<(event: LibraryEvent) => void>();

  emit(event: LibraryEvent): void {
    for (const l of this.listeners) l(event);
  }

  subscribe(listener: (event: LibraryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
