/** The claim just made from a selection, beside it: what the extractor filled in, and where to edit it. */
import type { ClaimDraft } from '../../../shared/contract/annotations.ts';
import { useWorkspace } from '../../app/workspace-state.tsx';
import type { PopoverAnchor } from './SelectionPopover.tsx';

const QUALIFIERS: Record<string, string> = {
  exact: '',
  more_than: 'more than ',
  at_least: 'at least ',
  fewer_than: 'fewer than ',
  at_most: 'at most ',
  about: 'about ',
  range: '',
  vague: '',
};

export function describeFigure(draft: ClaimDraft): string | null {
  if (draft.value === null && draft.valueMin === null) return null;
  const figure = draft.qualifier === 'range' && draft.valueMin !== null && draft.valueMax !== null ? `${draft.valueMin}–${draft.valueMax}` : String(draft.value ?? draft.valueMin);
  return `${QUALIFIERS[draft.qualifier ?? 'exact'] ?? ''}${figure}${draft.unit ? ` ${draft.unit}` : ''}`;
}

export function ClaimDraftPopover({ draft, anchor, onClose }: { draft: ClaimDraft; anchor: PopoverAnchor; onClose(): void }) {
  const { navigate } = useWorkspace();
  const figure = describeFigure(draft);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - 360));
  return (
    <div className="selection-popover claim-draft" style={{ left, top: anchor.bottom + 8, width: 340 }} role="dialog" aria-label="Claim created">
      <p className="claim-draft-title">
        <strong>Claim created</strong> <span className="faint">from the selection</span>
      </p>
      <blockquote className="annotation-quote" dir="auto">
        {draft.text}
      </blockquote>
      <dl className="claim-draft-fields">
        <dt>Figure</dt>
        <dd>{figure ?? <span className="faint">to fill in</span>}</dd>
        {draft.subject && (
          <>
            <dt>What</dt>
            <dd dir="auto">{draft.subject}</dd>
          </>
        )}
        {draft.whenText && (
          <>
            <dt>When</dt>
            <dd dir="auto">{draft.whenText}</dd>
          </>
        )}
      </dl>
      <div className="row">
        <span className="faint grow">{draft.extracted ? 'Prefilled by the extractor.' : 'Value and unit are yours to fill in.'}</span>
        <button className="button small" onClick={() => navigate('claims', { claimId: draft.id })}>
          Open in Claims
        </button>
        <button className="button small primary" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </div>
  );
}
