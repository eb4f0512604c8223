// Handlers for tags on articles and passages.
import type { Handlers } from '../../../shared/api/contract';
import type { CoreServices } from '../services';

type TagMethods = 'tags.list' | 'tags.rename' | 'tags.delete' | 'tags.undo' | 'articles.setTags' | 'articles.editTags';

export function tagHandlers(s: CoreServices): Pick<Handlers, TagMethods> {
  return {
    'tags.list': () => s.tags.list(),
    'tags.rename': ({ from, to }) => s.tags.rename(from, to),
    'tags.delete': ({ tag }) => s.tags.delete(tag),
    'tags.undo': ({ undoToken }) => s.tags.undoChange(undoToken),
    'articles.setTags': ({ id, tags }) => s.tags.setArticleTags(id, tags),
    'articles.editTags': ({ id, add, remove }) => s.tags.editArticleTags(id, add, remove),
  };
}
