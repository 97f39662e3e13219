/** Adding a claim by hand, and splitting one in two at a point of its text. */
import { useRef, useState } from 'react';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import type { MethodInput } from '../../../shared/contract/methods.ts';
import { CLAIM_STATUSES } from '../../../shared/domain/claim-types.ts';
import { Dialog } from '../../app/Dialog.tsx';
import { parseWhen } from './cell-edits.ts';

export function NewClaimDialog({ onClose, onCreate }: { onClose(): void; onCreate(input: MethodInput<'claims:create'>): Promise<unknown> }) {
  const [form, setForm] = useState({ text: '', value: '', unit: '', source: '', places: '', when: '', status: 'unreviewed' });
  const [problem, setProblem] = useState<string | null>(null);
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });
  const submit = async (): Promise<void> => {
    const when = parseWhen(form.when);
    if (typeof when === 'string') return setProblem(when);
    const value = form.value.trim() === '' ? null : Number(form.value.replace(/[,\s]/g, ''));
    if (value !== null && !Number.isFinite(value)) return setProblem(`"${form.value}" is not a number.`);
    const created = await onCreate({
      text: form.text,
      value,
      unit: form.unit.trim() || null,
      sourceName: form.source.trim() || null,
      placeNames: form.places.split(/[;,]/).map((p) => p.trim()).filter(Boolean),
      ...when,
      status: form.status as ClaimRow['status'],
    });
    if (created) onClose();
  };
  return (
    <Dialog
      title="New claim"
      onClose={onClose}
      confirm={{ label: 'Add claim', disabled: !form.text.trim(), onConfirm: () => void submit() }}
    >
      <label className="field">
        <span>Claim</span>
        <textarea className="input" rows={3} autoFocus placeholder="What is claimed, in the source's words" {...field('text')} />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Value</span>
          <input className="input" inputMode="decimal" {...field('value')} />
        </label>
        <label className="field grow">
          <span>Unit</span>
          <input className="input" placeholder="armoured vehicles" {...field('unit')} />
        </label>
      </div>
      <label className="field">
        <span>Source</span>
        <input className="input" placeholder="Name or alias; new names are added to the sources" {...field('source')} />
      </label>
      <div className="field-row">
        <label className="field grow">
          <span>Places</span>
          <input className="input" placeholder="Saraqib; Idlib" {...field('places')} />
        </label>
        <label className="field">
          <span>When</span>
          <input className="input" placeholder="YYYY-MM-DD" {...field('when')} />
        </label>
        <label className="field">
          <span>Status</span>
          <select className="input" {...field('status')}>
            {CLAIM_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      {problem && <p className="form-error">{problem}</p>}
    </Dialog>
  );
}

export function SplitDialog({ claim, onClose, onSplit }: { claim: ClaimRow; onClose(): void; onSplit(at: number): void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [at, setAt] = useState(Math.floor(claim.text.length / 2));
  const track = (): void => setAt(area.current?.selectionStart ?? at);
  const ok = claim.text.slice(0, at).trim() !== '' && claim.text.slice(at).trim() !== '';
  return (
    <Dialog
      title="Split claim"
      onClose={onClose}
      confirm={{ label: 'Split here', disabled: !ok, onConfirm: () => (onSplit(at), onClose()) }}
    >
      <p className="muted">Put the cursor where the second claim begins. Both keep the source, place, time and grade.</p>
      <textarea ref={area} className="input" rows={4} readOnly value={claim.text} onSelect={track} onClick={track} onKeyUp={track} />
      <div className="split-preview">
        <div>
          <span className="muted">1</span> {claim.text.slice(0, at).trim() || '—'}
        </div>
        <div>
          <span className="muted">2</span> {claim.text.slice(at).trim() || '—'}
        </div>
      </div>
    </Dialog>
  );
}
