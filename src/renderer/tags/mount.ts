// Adds tags to the window: the tag browser and filter above the library list, the open article's
// tags under the reader toolbar, and autocompletion for tag fields.
import type { Api } from '../../shared/api/client';
import type { TagInfo } from '../../shared/api/contract';
import { tagKey } from '../../shared/tags';
import type { App } from '../app';
import { NoteEditor } from '../highlights/noteEditor';
import { toast } from '../ui/toast';
import { renderTagBrowser } from './tagBrowser';
import { tagInput, type TagInputElement } from './tagInput';
import './tags.css';

export function mountTags(app: App, api: Api): void {
  let tags: TagInfo[] = [];
  // The browser's toggle and body are the shell's (painted with the list, and the toggle already
  // opens and closes it), so nothing moves here.
  const body = app.shell.tagBody;

  const editor = new NoteEditor();
  document.body.append(editor.element);
  const suggestions = () => tags.map((t) => t.tag);
  app.highlights.tagSuggestions = suggestions;

  const applyFilter = async (next: string[]) => {
    app.tagFilter = next;
    app.highlights.setTagFilter(next);
    await app.refresh({ newView: true });
    render();
  };
  const undoable = (message: string, token: string) =>
    toast(message, {
      action: {
        label: 'Undo',
        run: () =>
          void api.call('tags.undo', { undoToken: token }).then(async (r) => {
            if (!r.ok) return toast(r.error.message, { error: true });
            await reload();
            toast('Undone.');
          }),
      },
    });
  const render = () =>
    renderTagBrowser(body, tags, app.tagFilter, {
      toggle: (tag) => {
        const on = app.tagFilter.some((t) => tagKey(t) === tagKey(tag));
        void applyFilter(on ? app.tagFilter.filter((t) => tagKey(t) !== tagKey(tag)) : [...app.tagFilter, tag]);
      },
      clear: () => void applyFilter([]),
      rename: (tag) => {
        const returnTo = document.activeElement as HTMLElement | null;
        editor.show({
          title: 'Rename tag',
          label: `Rename #${tag} to (an existing tag merges both)`,
          value: tag,
          multiline: false,
          suggestions,
          rect: body.getBoundingClientRect(),
          cancel: () => returnTo?.focus(),
          save: (to) => {
            if (!to.trim() || to.trim() === tag) return;
            void api.call('tags.rename', { from: tag, to }).then(async (r) => {
              if (!r.ok) return toast(r.error.message, { error: true });
              app.tagFilter = app.tagFilter.map((t) => (tagKey(t) === tagKey(tag) ? to.trim() : t));
              await reload();
              undoable(`${r.value.merged ? 'Merged' : 'Renamed'} #${tag} → #${to.trim()} (${r.value.articles} articles, ${r.value.passages} passages).`, r.value.undoToken);
            });
          },
        });
      },
      remove: (tag) => {
        void api.call('tags.delete', { tag }).then(async (r) => {
          if (!r.ok) return toast(r.error.message, { error: true });
          app.tagFilter = app.tagFilter.filter((t) => tagKey(t) !== tagKey(tag));
          await reload();
          undoable(`Deleted #${tag} from ${r.value.articles} articles and ${r.value.passages} passages.`, r.value.undoToken);
        });
      },
    });
  /** Re-reads the tags; after a rename or delete also the list and the open article's highlights. */
  const reload = async (everything = true) => {
    const r = await api.call('tags.list', {});
    if (r.ok) tags = r.value;
    render();
    if (!everything) return;
    await app.refresh();
    if (app.currentArticleId) await app.highlights.load(app.currentArticleId);
  };

  let articleTags: { id: string; input: TagInputElement; saving: () => boolean; missed: () => void } | null = null;
  app.opened.push((view) => {
    // Edits go to the services one after another, in the order made (an add then a remove must not
    // cross); only the answer to the latest shows in the chips (an earlier one would undo what was
    // typed since). A change from elsewhere meanwhile is asked for again once that answer is in.
    let queue: Promise<unknown> = Promise.resolve();
    let edits = 0;
    let answered = 0;
    let missed = false;
    const input = tagInput({
      label: 'Article tags',
      tags: view.meta.tags,
      suggestions,
      onChange: (_shown, change) => {
        const edit = ++edits;
        const saved = queue.then(() => api.call('articles.editTags', { id: view.meta.id, add: change.added, remove: change.removed }));
        queue = saved.catch(() => undefined); // one failed call must not stop the ones after it
        void saved.then(async (r) => {
          answered = edit;
          if (!r.ok) return toast(r.error.message, { error: true });
          if (edit === edits) {
            input.setTags(r.value.tags); // as saved: with whatever another window or the CLI added before it
            if (missed) {
              missed = false;
              void app.refreshOpen([view.meta.id]);
            }
          }
          const list = await api.call('tags.list', {});
          if (list.ok) tags = list.value;
          render();
          await app.refresh();
        });
      },
    });
    articleTags = { id: view.meta.id, input, saving: () => answered < edits, missed: () => (missed = true) };
    app.reader.slot.replaceChildren(input);
  });
  // Changed elsewhere: the chips follow — after an edit made here is answered, if one is on its way.
  app.openChanged.push((view) => {
    if (articleTags?.id !== view.meta.id) return;
    if (articleTags.saving()) articleTags.missed();
    else articleTags.input.setTags(view.meta.tags);
  });
  app.changed.push(() => {
    void api.call('tags.list', {}).then((r) => {
      if (r.ok) tags = r.value;
      render();
    });
  });
  // The tags (counted over the whole library) are not needed for the list's first paint.
  app.listShown.push(() => void reload(false));
}
