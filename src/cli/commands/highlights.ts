// CLI commands for highlights: add one by quote, list an article's highlights.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/types';
import { UsageError, allowOnly, flag, value, values } from '../args';
import { COMMON, type Command } from './types';

export const highlightCommands: Record<string, Command> = {
  highlight: {
    usage: 'margin highlight ARTICLE_ID --quote TEXT [--prefix P] [--suffix S] [--color C] [--note N] [--tag T]... [--json]',
    summary: 'highlight a passage of an article by quoting it',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'quote', 'prefix', 'suffix', 'color', 'note', 'tag', 'json']);
      const [articleId] = args.positional;
      const quote = value(args, 'quote');
      if (!articleId || args.positional.length > 1) throw new UsageError('name one article id');
      if (!quote) throw new UsageError('--quote TEXT is required');
      const color = (value(args, 'color') ?? 'yellow') as HighlightColor;
      if (!HIGHLIGHT_COLORS.includes(color)) throw new UsageError(`--color is one of ${HIGHLIGHT_COLORS.join(', ')}`);
      const h = (await services()).highlights.addByQuote({
        articleId,
        quote,
        prefix: value(args, 'prefix'),
        suffix: value(args, 'suffix'),
        color,
        note: value(args, 'note'),
        tags: values(args, 'tag'),
      });
      io.out(flag(args, 'json') ? `${JSON.stringify(h, null, 2)}\n` : `${h.id}\n`);
    },
  },
  highlights: {
    usage: 'margin highlights ARTICLE_ID [--json]',
    summary: "list an article's highlights in reading order",
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'json']);
      const [articleId] = args.positional;
      if (!articleId || args.positional.length > 1) throw new UsageError('name one article id');
      const list = (await services()).highlights.list(articleId);
      if (flag(args, 'json')) return io.out(`${JSON.stringify(list, null, 2)}\n`);
      if (list.length === 0) return io.out('No highlights.\n');
      for (const h of list) io.out(`${h.id}  [${h.color}]  ${h.quote.exact.replace(/\s+/g, ' ')}${h.note ? `\n    note: ${h.note}` : ''}${h.tags.length ? `\n    tags: ${h.tags.join(', ')}` : ''}\n`);
    },
  },
};
