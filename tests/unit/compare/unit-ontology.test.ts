import { describe, expect, it } from 'vitest';
import { isGenericUnit, unitCompatibility, unitConcept } from '../../../electron/services/compare/unit-ontology.ts';

describe('unit ontology', () => {
  it('reduces unit phrases to what they count', () => {
    expect(unitConcept('convoys of Turkish army reinforcements')).toBe('convoy');
    expect(unitConcept('new Turkish military columns')).toBe('convoy');
    expect(unitConcept('armored vehicles')).toBe('armoured_vehicle');
    expect(unitConcept('military vehicles')).toBe('vehicle');
    expect(unitConcept('thousands of Turkish soldiers')).toBe('soldier');
    expect(unitConcept('troops')).toBe('soldier');
    expect(unitConcept('air strikes')).toBe('strike');
    expect(unitConcept('people killed')).toBe('death');
    expect(unitConcept('widgets')).toBe('word:widget');
    expect(unitConcept(null)).toBeNull();
  });

  it('pairs the same concept surely, a kind and its broader concept less surely, and nothing else', () => {
    expect(unitCompatibility('convoys', 'columns')).toBe(1);
    expect(unitCompatibility('armoured vehicles', 'vehicles')).toBe(0.7);
    expect(unitCompatibility('tanks', 'military vehicles')).toBe(0.7);
    expect(unitCompatibility('raids', 'raid')).toBe(1);
    expect(unitCompatibility('convoys', 'armoured vehicles')).toBe(0);
    expect(unitCompatibility('soldiers', 'civilians')).toBe(0);
    expect(unitCompatibility(null, 'soldiers')).toBe(0);
  });

  it('knows which units say too little on their own', () => {
    expect(isGenericUnit('people')).toBe(true);
    expect(isGenericUnit('civilians')).toBe(false);
  });
});
