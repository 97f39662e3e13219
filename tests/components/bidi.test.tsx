import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BidiCell, joinIsolated } from '../../renderer/app/bidi.tsx';
import { DocumentText } from '../../renderer/features/documents/DocumentText.tsx';

afterEach(cleanup);

const ARABIC = 'قال Rami Abdel Rahman، مدير المرصد السوري، إن ٧٥ آلية (75 vehicles) دخلت إدلب.';
const TEXT = `Turkish convoys, an English paragraph.\n\n${ARABIC}\n\nمرحبا`;

describe('right-to-left and mixed text', () => {
  it('gives every reader paragraph its own direction and keeps it one text node, highlights or not', () => {
    const start = TEXT.indexOf('المرصد');
    const { container } = render(<DocumentText text={TEXT} pages={[0]} highlights={[{ start: start + 2, end: start + 5, kind: 'annotation' }]} />);
    const blocks = [...container.querySelectorAll<HTMLElement>('.doc-block')];
    expect(blocks.map((b) => b.getAttribute('dir'))).toEqual(['auto', 'auto', 'auto']);
    // Part of a word is highlighted: the word is not split into elements (its letters stay joined).
    expect(blocks[1]!.childNodes).toHaveLength(1);
    expect(blocks[1]!.firstChild!.nodeType).toBe(Node.TEXT_NODE);
    expect(blocks[1]!.textContent).toBe(ARABIC);
  });

  it('isolates user text inside an English line, so punctuation and digits are not reordered with it', () => {
    const { container } = render(<p>{joinIsolated(['المرصد السوري', null, '2020-08-20', 'Text'])}</p>);
    const isolated = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(['المرصد السوري', '2020-08-20', 'Text']);
    expect(container.textContent).toBe('المرصد السوري · 2020-08-20 · Text');
  });

  it('renders a grid cell with its own direction (dir="auto")', () => {
    const { container } = render(
      <div>
        <BidiCell value="٧٥ آلية عسكرية" />
        <BidiCell value={null} valueFormatted="SOHR" />
      </div>,
    );
    const cells = [...container.querySelectorAll<HTMLElement>('.bidi-cell')];
    expect(cells.map((c) => [c.getAttribute('dir'), c.textContent])).toEqual([
      ['auto', '٧٥ آلية عسكرية'],
      ['auto', 'SOHR'],
    ]);
  });
});
