import { describe, expect, it } from 'vitest';
import { scopedCreateValues, scopedListPath } from './project-scope.js';

describe('project scope', () => {
  it("narrows lists to the admin's chosen project, after any query already there", () => {
    expect(scopedListPath('/v2.0/networks', 'p 1')).toBe('/v2.0/networks?project_id=p%201');
    expect(scopedListPath('/v2.0/ports?device_owner=x', 'p1')).toBe('/v2.0/ports?device_owner=x&project_id=p1');
  });

  it('creates in the chosen project, and changes nothing without a choice', () => {
    expect(scopedCreateValues({ name: 'a' }, 'p1')).toEqual({ name: 'a', project_id: 'p1' });
    expect(scopedListPath('/v2.0/networks', '')).toBe('/v2.0/networks');
    expect(scopedCreateValues({ name: 'a' }, '')).toEqual({ name: 'a' });
  });
});
