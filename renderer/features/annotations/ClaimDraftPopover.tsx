/**
 * The claim just made from a selection, beside it: what the extractor filled in, editable
 * in place (figure, qualifier, unit, subject, when). Saving goes through `claims:update`,
 * so the edit is logged like any grid edit; "Open in Claims" shows it in the grid.
 */
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { ClaimDraft } from '../../../shared/contract/annotations.ts';
import { QUALIFIERS, type Qualifier } from '../../../shared/domain/claim-types.ts';
import { useClient } from '../../api/client-context.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { errorMessage } from '../../app/toasts.tsx';
import type { PopoverAnchor } from './SelectionPopover.tsx';

const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exactly',
  more_than: 'more than',
  at_least: 'at least',
  fewer_than: 'fewer than',
  at_most: 'at most',
  about: 'about',
  range: 'range',
  vague: 'vague',
};

const QUALIFIER_PREFIX: Partial<Record<Qualifier, string>> = {
  more_than: 'more than ',
  at_least: 'at least ',
  fewer_than: 'fewer than ',
  at_most: 'at most ',
  about: 'about ',
};

export function describeFigure(draft: ClaimDraft): string | null {
  if (draft.value === null && draft.valueMin === null) return null;
  const figure = draft.qualifier === 'range' && draft.valueMin !== null && draft.valueMax !== null ? `${draft.valueMin}–${draft.valueMax}` : String(draft.value ?? draft.valueMin);
  return `${QUALIFIER_PREFIX[(draft.qualifier ?? 'exact') as Qualifier] ?? ''}${figure}${draft.unit ? ` ${draft.unit}` : ''}`;
}

interface Fields {
  value: string;
  qualifier: string;
  unit: string;
  subject: string;
  whenText: string;
}

function fieldsOf(draft: ClaimDraft): Fields {
  return {
    value: draft.value === null ? '' : String(draft.value),
    qualifier: draft.qualifier ?? '',
    unit: draft.unit ?? '',
    subject: draft.subject ?? '',
    whenText: draft.whenText ?? '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function ClaimDraftPopover({ draft, anchor, onClose }: { draft: ClaimDraft; anchor: PopoverAnchor; onClose(): void }) {
  const { navigate } = useWorkspace();
  const client = useClient();
  const [saved, setSaved] = useState(draft);
  const [fields, setFields] = useState(() => fieldsOf(draft));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const figure = describeFigure(saved);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - 380));
  const form = useRef<HTMLFormElement>(null);
  // Below the selection when it fits, else above it, else as low as the window allows.
  const [top, setTop] = useState(anchor.bottom + 8);
  useLayoutEffect(() => {
    const height = form.current?.offsetHeight ?? 0;
    const below = anchor.bottom + 8;
    if (below + height <= window.innerHeight - 8) setTop(below);
    else if (anchor.top - 8 - height >= 8) setTop(anchor.top - 8 - height);
    else setTop(Math.max(8, window.innerHeight - 8 - height));
  }, [anchor.bottom, anchor.top]);
  const dirty = JSON.stringify(fields) !== JSON.stringify(fieldsOf(saved));
  const set = (name: keyof Fields) => (event: { target: { value: string } }) => {
    setStatus(null);
    setFields((f) => ({ ...f, [name]: event.target.value }));
  };

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!dirty) return onClose();
    const value = fields.value.trim() === '' ? null : Number(fields.value.replace(/,/g, ''));
    if (value !== null && !Number.isFinite(value)) return setError('The figure must be a number.');
    setBusy(true);
    try {
      const row = await client.invoke('claims:update', {
        id: saved.id,
        expectedRev: saved.rev,
        patch: {
          value,
          qualifier: (orNull(fields.qualifier) as Qualifier | null) ?? (value === null ? null : 'exact'),
          unit: orNull(fields.unit),
          subject: orNull(fields.subject),
          whenText: orNull(fields.whenText),
        },
      });
      const next = { ...saved, rev: row.rev, value: row.value, qualifier: row.qualifier, unit: row.unit, subject: row.subject, whenText: row.whenText };
      setSaved(next);
      setFields(fieldsOf(next));
      setError(null);
      setStatus('Saved.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      className="selection-popover claim-draft"
      style={{ left, top, width: 360 }}
      role="dialog"
      aria-label="Claim created"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="claim-draft-title">
        <strong>Claim created</strong> <span className="faint">from the selection</span>
      </p>
      <blockquote className="annotation-quote" dir="auto">
        {saved.text}
      </blockquote>
      <p className="claim-draft-figure" aria-label="Figure">
        {figure ?? <span className="faint">No figure yet</span>}
      </p>
      <div className="claim-draft-fields">
        <label htmlFor="claim-draft-qualifier">Figure</label>
        <span className="claim-draft-figure-inputs">
          <select id="claim-draft-qualifier" aria-label="Qualifier" value={fields.qualifier} onChange={set('qualifier')}>
            <option value="">—</option>
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {QUALIFIER_LABELS[q]}
              </option>
            ))}
          </select>
          <input aria-label="Value" inputMode="decimal" value={fields.value} onChange={set('value')} placeholder="75" />
        </span>
        <label htmlFor="claim-draft-unit">Unit</label>
        <input id="claim-draft-unit" dir="auto" value={fields.unit} onChange={set('unit')} placeholder="armoured vehicles" />
        <label htmlFor="claim-draft-subject">Who</label>
        <input id="claim-draft-subject" dir="auto" value={fields.subject} onChange={set('subject')} placeholder="Turkey" />
        <label htmlFor="claim-draft-when">When</label>
        <input id="claim-draft-when" dir="auto" value={fields.whenText} onChange={set('whenText')} placeholder="on Tuesday" />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <span className="faint grow" role="status">
          {status ?? (saved.extracted ? 'Prefilled by the extractor.' : 'Value and unit are yours to fill in.')}
        </span>
        <button type="button" className="button small" onClick={() => navigate('claims', { claimId: saved.id })}>
          Open in Claims
        </button>
        <button type="submit" className="button small primary" disabled={busy} autoFocus>
          {dirty ? 'Save' : 'Done'}
        </button>
      </div>
    </form>
  );
}
