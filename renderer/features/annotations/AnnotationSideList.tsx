/**
 * The side list of the reader: the document's annotations in text order, filtered by tag
 * and author; those needing review (changed or not found after the text changed) first.
 * A card jumps to its words; its note and tags are edited in place; a deletion can be
 * undone.
 */
import { useMemo, useState } from 'react';
import type { Annotation } from '../../../shared/contract/annotations.ts';
import type { Tag } from '../../../shared/contract/tags.ts';
import { AnnotationCard } from './AnnotationCard.tsx';
import { withChildren } from './annotation-groups.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { TagPicker } from './TagPicker.tsx';
import type { DocumentAnnotations, Span } from './use-document-annotations.ts';

function CardActions({
  annotation,
  selection,
  onEdit,
  store,
}: {
  annotation: Annotation;
  selection: Span | null;
  onEdit(mode: 'note' | 'tags'): void;
  store: DocumentAnnotations;
}) {
  const a = annotation;
  return (
    <span className="card-actions">
      {(a.anchorStatus === 'moved' || a.anchorStatus === 'fuzzy') && (
        <button className="button ghost small" title="The words are right: stop flagging this annotation" onClick={() => void store.update(a, { confirmAnchor: true })}>
          Confirm
        </button>
      )}
      {a.anchorStatus === 'orphaned' && (
        <button
          className="button ghost small"
          disabled={!selection}
          title={selection ? 'Attach this annotation to the selected words' : 'Select the words in the text first'}
          onClick={() => selection && void store.update(a, { span: selection })}
        >
          Re-attach
        </button>
      )}
      <button className="button ghost small" aria-label={`Edit the note on ${a.exact.slice(0, 30)}`} onClick={() => onEdit('note')}>
        Note
      </button>
      <button className="button ghost small" aria-label={`Edit the tags of ${a.exact.slice(0, 30)}`} onClick={() => onEdit('tags')}>
        Tags
      </button>
      <button className="button ghost small danger" aria-label={`Delete the annotation on ${a.exact.slice(0, 30)}`} title="Delete (undo with Ctrl+Z)" onClick={() => void store.remove(a)}>
        Delete
      </button>
    </span>
  );
}

export function AnnotationSideList({
  store,
  activeId,
  selection,
  onJump,
}: {
  store: DocumentAnnotations;
  activeId: string | null;
  /** The words selected in the text now (for re-attaching an orphaned annotation). */
  selection: Span | null;
  onJump(annotation: Annotation): void;
}) {
  const [tagId, setTagId] = useState('');
  const [author, setAuthor] = useState('');
  const [editing, setEditing] = useState<{ id: string; mode: 'note' | 'tags' } | null>(null);
  const tags: Tag[] = store.tags;
  const shown = useMemo(() => {
    const family = tagId && tagId !== 'untagged' ? withChildren(tagId, tags) : null;
    return store.annotations.filter(
      (a) =>
        (!author || a.createdBy === author) &&
        (!tagId || (tagId === 'untagged' ? a.tags.length === 0 : a.tags.some((t) => family!.includes(t.id)))),
    );
  }, [store.annotations, tags, tagId, author]);
  const review = shown.filter((a) => a.anchorStatus === 'fuzzy' || a.anchorStatus === 'orphaned');
  const placed = shown.filter((a) => a.anchorStatus !== 'fuzzy' && a.anchorStatus !== 'orphaned');

  const card = (a: Annotation) => (
    <div key={a.id} className="side-card">
      <AnnotationCard
        annotation={a}
        showDocument={false}
        active={a.id === activeId}
        onOpen={a.anchorStatus === 'orphaned' ? undefined : () => onJump(a)}
        actions={<CardActions annotation={a} selection={selection} store={store} onEdit={(mode) => setEditing({ id: a.id, mode })} />}
      />
      {editing?.id === a.id && editing.mode === 'note' && (
        <NoteEditor
          initial={a.note}
          onCancel={() => setEditing(null)}
          onSave={(note) => {
            setEditing(null);
            void store.update(a, { note });
          }}
        />
      )}
      {editing?.id === a.id && editing.mode === 'tags' && (
        <div className="side-tags-editor">
          <div className="row wrap">
            {a.tags.map((t) => (
              <button key={t.id} className="tag-chip removable" title="Remove this tag" onClick={() => void store.update(a, { tagIds: a.tags.filter((x) => x.id !== t.id).map((x) => x.id) })}>
                <span className="tag-dot" style={{ background: t.color }} aria-hidden="true" />
                {t.name} ×
              </button>
            ))}
          </div>
          <TagPicker
            tags={tags.filter((t) => !a.tags.some((x) => x.id === t.id))}
            recentId={null}
            onCancel={() => setEditing(null)}
            onPick={(tag) => void store.update(a, { tagIds: [...a.tags.map((t) => t.id), tag.id] })}
            onCreate={(name) =>
              void store.createTag(name).then((tag) => {
                if (tag) void store.update(a, { tagIds: [...a.tags.map((t) => t.id), tag.id] });
              })
            }
          />
        </div>
      )}
    </div>
  );

  return (
    <aside className="annotation-side" aria-label="Annotations of this document">
      <header className="annotation-side-head">
        <h3>
          Annotations <span className="faint">{store.annotations.length}</span>
        </h3>
        <div className="row">
          <select className="input" aria-label="Filter by tag" value={tagId} onChange={(e) => setTagId(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.parentId ? '  ' : ''}
                {t.name}
              </option>
            ))}
            <option value="untagged">Untagged</option>
          </select>
          <select className="input" aria-label="Filter by author" value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">Everyone</option>
            {store.authors.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </header>
      <div className="annotation-side-list">
        {store.annotations.length === 0 && !store.loading && (
          <p className="faint side-empty">
            Select words in the text, then press <kbd>H</kbd> to highlight with a tag, <kbd>N</kbd> to write a note or <kbd>C</kbd> to make a claim.
          </p>
        )}
        {review.length > 0 && (
          <section className="side-review" aria-label="To review">
            <h4 className="warning-text">To review ({review.length})</h4>
            <p className="faint side-review-help">The text of this document changed. Check these, confirm them, or re-attach what was not found.</p>
            {review.map(card)}
          </section>
        )}
        {placed.map(card)}
        {shown.length === 0 && store.annotations.length > 0 && <p className="faint side-empty">No annotation matches these filters.</p>}
      </div>
    </aside>
  );
}
