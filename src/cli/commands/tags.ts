// CLI commands for tags: tag and untag articles or passages, list tags, rename (merging), delete, undo.
import { UsageError, allowOnly, flag, value } from '../args';
import { tagKey, normalizeTag } from '../../shared/tags';
import { COMMON, type Command } from './types';

export const tagCommands: Record<string, Command> = {
  tag: {
    usage: 'margin tag ARTICLE_ID [--highlight HID] TAG...',
    summary: 'add tags to an article, or to one of its highlights',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'highlight']);
      const [articleId, ...tags] = args.positional;
      if (!articleId || tags.length === 0) throw new UsageError('name an article id and at least one tag');
      const s = await services();
      const hid = value(args, 'highlight');
      const result = hid ? s.highlights.editTags(articleId, hid, (current) => [...current, ...tags]) : s.tags.addArticleTags(articleId, tags);
      io.out(`${result.tags.join(', ')}\n`);
    },
  },
  untag: {
    usage: 'margin untag ARTICLE_ID [--highlight HID] TAG...',
    summary: 'remove tags from an article, or from one of its highlights',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'highlight']);
      const [articleId, ...tags] = args.positional;
      if (!articleId || tags.length === 0) throw new UsageError('name an article id and at least one tag');
      const drop = new Set(tags.map((t) => tagKey(normalizeTag(t))));
      const s = await services();
      const hid = value(args, 'highlight');
      const result = hid ? s.highlights.editTags(articleId, hid, (current) => current.filter((t) => !drop.has(tagKey(t)))) : s.tags.removeArticleTags(articleId, tags);
      io.out(`${result.tags.join(', ')}\n`);
    },
  },
  tags: {
    usage: 'margin tags [--json]',
    summary: 'list every tag with its counts of articles and passages',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'json']);
      const list = (await services()).tags.list();
      if (flag(args, 'json')) return io.out(`${JSON.stringify(list, null, 2)}\n`);
      if (list.length === 0) return io.out('No tags yet.\n');
      for (const t of list) io.out(`${t.tag}  (${t.articles} articles, ${t.passages} passages)\n`);
    },
  },
  'rename-tag': {
    usage: 'margin rename-tag OLD NEW',
    summary: 'rename a tag everywhere (onto an existing tag: merge them)',
    async run({ args, io, services }) {
      allowOnly(args, COMMON);
      const [from, to] = args.positional;
      if (!from || !to || args.positional.length !== 2) throw new UsageError('name the old and the new tag');
      const r = (await services()).tags.rename(from, to);
      io.out(`${r.merged ? 'Merged' : 'Renamed'} "${from}" into "${to}": ${r.articles} articles, ${r.passages} passages.\nUndo with: margin undo-tag ${r.undoToken}\n`);
    },
  },
  'delete-tag': {
    usage: 'margin delete-tag TAG',
    summary: 'remove a tag (and the tags below it) from every article and passage',
    async run({ args, io, services }) {
      allowOnly(args, COMMON);
      const [tag] = args.positional;
      if (!tag || args.positional.length !== 1) throw new UsageError('name one tag');
      const r = (await services()).tags.delete(tag);
      io.out(`Deleted "${tag}" from ${r.articles} articles, ${r.passages} passages.\nUndo with: margin undo-tag ${r.undoToken}\n`);
    },
  },
  'undo-tag': {
    usage: 'margin undo-tag TOKEN',
    summary: 'undo one of the last 20 tag renames, merges or deletes (the token they printed)',
    async run({ args, io, services }) {
      allowOnly(args, COMMON);
      const [token] = args.positional;
      if (!token || args.positional.length !== 1) throw new UsageError('name the token the change printed');
      const r = (await services()).tags.undoChange(token);
      io.out(`Undone: the tags of ${r.articles} articles are as they were.\n`);
    },
  },
};
