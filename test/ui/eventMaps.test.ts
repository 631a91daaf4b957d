// How a region's runs count "at least one list without a GP" (eventMaps.ts): a municipality by its share, as the
// validation scores it, any other region by a vacant list; the region key and the picker's type give the same scope.
import { describe, expect, it } from 'vitest';
import { eventMapsFor, eventScopeOf, eventScopeOfType } from '../../src/ui/eventMaps.ts';

describe('event scope', () => {
  it('is the municipality’s own only for a municipality', () => {
    expect(eventScopeOf('kommune:1811')).toBe('municipality');
    expect(eventScopeOf('fylke:18')).toBe('region');
    expect(eventScopeOf('sentralitet:6')).toBe('region');
    expect(eventScopeOf('national')).toBe('region');
  });

  it('is the same from the region key and from its type', () => {
    for (const [key, type] of [
      ['kommune:4632', 'kommune'],
      ['fylke:46', 'fylke'],
      ['national', 'national'],
      ['sentralitet:3', 'sentralitet'],
    ] as const)
      expect(eventScopeOf(key)).toBe(eventScopeOfType(type));
  });

  it('gives the pooling weights to municipalities only', () => {
    expect(eventMapsFor('kommune:1811')).toBeDefined();
    expect(eventMapsFor('fylke:18')).toBeUndefined();
  });
});
