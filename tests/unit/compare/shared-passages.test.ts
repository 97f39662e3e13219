import { describe, expect, it } from 'vitest';
import { coveredShare, sharedPassages, similarity } from '../../../electron/services/compare/shared-passages.ts';

const ORIGINAL =
  'Turkey sends armour to Idlib\n\nThe Syrian Observatory said on Tuesday that five columns had entered Idlib. The columns consisted of more than 75 armoured vehicles, the Observatory said.\n\nResidents described a long line of trucks moving south through the night.\n\nThe ministry declined to comment on the figures.';

describe('shared passages', () => {
  it('finds copied sentences, edited copies and nothing in unrelated text', () => {
    const copy = ORIGINAL.replace('more than 75', 'more than 80').replace('The ministry declined to comment on the figures.', 'Our correspondent saw the convoys pass through Sarmada.');
    const shared = sharedPassages(ORIGINAL, copy);
    expect(shared).toHaveLength(1);
    const [passage] = shared;
    expect(ORIGINAL.slice(...passage!.a)).toMatch(/^Turkey sends armour to Idlib[\s\S]*through the night\.$/);
    expect(copy.slice(...passage!.b)).toContain('more than 80 armoured vehicles');
    expect(passage!.similarity).toBeGreaterThan(0.8);
    expect(passage!.similarity).toBeLessThan(1);
    expect(passage!.inOrder).toBe(true);
    expect(sharedPassages(ORIGINAL, 'Heavy rain flooded the camps near Atmeh on Sunday, aid groups said. Thousands of tents were damaged.')).toEqual([]);
  });

  it('ignores case, spacing and punctuation, and finds a quotation moved elsewhere', () => {
    const quote = 'The columns consisted of more than 75 armoured vehicles, the Observatory said.';
    const other = `Local reporters filed nothing new from the border this week at all. “THE COLUMNS consisted of more than 75 armoured vehicles” — the Observatory said. The crossing at Bab al-Hawa stayed open for aid trucks.`;
    const shared = sharedPassages(ORIGINAL, other);
    expect(shared).toHaveLength(1);
    expect(ORIGINAL.slice(...shared[0]!.a)).toBe(quote);
    expect(other.slice(...shared[0]!.b)).toMatch(/^“THE COLUMNS[\s\S]*said\.$/);
    expect(shared[0]!.similarity).toBe(1);
  });

  it('does not take a short common line for a copy', () => {
    expect(sharedPassages('Idlib\n\nA long report about the weather in the mountains over the winter.', 'Idlib\n\nA different text on trade figures published by the ministry this week.')).toEqual([]);
  });

  it('measures word-pair overlap and coverage', () => {
    expect(similarity(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(similarity(['a', 'b', 'c'], ['x', 'y', 'z'])).toBe(0);
    expect(coveredShare('0123456789', [[0, 5], [3, 6]])).toBe(0.6);
  });
});
