/**
 * Picking a tag from the codebook while the selection waits: type to filter, arrows and
 * Enter to choose, or Enter on a new name to create the tag. The last tag used comes first.
 */
import { useMemo, useState } from 'react';
import type { Tag } from '../../../shared/contract/tags.ts';

export function TagPicker({
  tags,
  recentId,
  onPick,
  onCreate,
  onCancel,
}: {
  tags: Tag[];
  recentId: string | null;
  onPick(tag: Tag): void;
  onCreate(name: string): void;
  onCancel(): void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const names = useMemo(() => new Map(tags.map((t) => [t.id, t.name])), [tags]);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const found = tags.filter((t) => t.name.toLowerCase().includes(q) || (t.parentId !== null && (names.get(t.parentId) ?? '').toLowerCase().includes(q)));
    const recent = found.findIndex((t) => t.id === recentId);
    if (recent > 0 && !q) found.unshift(...found.splice(recent, 1));
    return found;
  }, [tags, query, recentId, names]);
  const exact = tags.some((t) => t.name.toLowerCase() === query.trim().toLowerCase());
  const canCreate = query.trim() !== '' && !exact;
  const options = matches.length + (canCreate ? 1 : 0);

  const choose = (index: number): void => {
    if (index < matches.length) onPick(matches[index]!);
    else if (canCreate) onCreate(query.trim());
  };
  return (
    <div className="tag-picker" role="dialog" aria-label="Highlight with tag">
      <input
        className="input"
        autoFocus
        dir="auto"
        placeholder={tags.length ? 'Tag… (type to filter or create)' : 'Name the first tag…'}
        aria-label="Tag"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else if (e.key === 'Escape') onCancel();
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      <ul className="tag-picker-list" role="listbox" aria-label="Tags">
        {matches.map((tag, index) => (
          <li key={tag.id} role="option" aria-selected={index === active} className={index === active ? 'selected' : ''} onMouseEnter={() => setActive(index)} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(index)}>
            <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
            <span className="grow" dir="auto">
              {tag.parentId && names.has(tag.parentId) ? <span className="faint">{names.get(tag.parentId)} › </span> : null}
              {tag.name}
            </span>
            {tag.id === recentId && <span className="faint">last used</span>}
          </li>
        ))}
        {canCreate && (
          <li role="option" aria-selected={active === matches.length} className={active === matches.length ? 'selected' : ''} onMouseEnter={() => setActive(matches.length)} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(matches.length)}>
            <span className="tag-dot untagged" aria-hidden="true" />
            <span className="grow">
              Create tag “<span dir="auto">{query.trim()}</span>”
            </span>
          </li>
        )}
        {options === 0 && <li className="faint tag-picker-empty">No tag matches.</li>}
      </ul>
    </div>
  );
}
