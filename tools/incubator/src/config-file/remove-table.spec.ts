import { describe, expect, it } from 'vitest';
import { removeTable } from './remove-table.js';

const remove = (text: string) => removeTable(text, ['plugins', 'dns']);

describe('removeTable', () => {
  it('removes a section, its sub-tables and the comment block above, leaving the next section its comments', () => {
    const text = 'a = 1\n\n# dns settings\n[plugins.dns]\nmax = 1\n[plugins.dns.limits]\nburst = 2\n\n# vpn settings\n[plugins.vpn]\nx = 1\n';
    expect(remove(text)).toEqual({ text: 'a = 1\n\n# vpn settings\n[plugins.vpn]\nx = 1\n' });
  });

  it('removes a last section up to the end of the file', () => {
    expect(remove('[server]\nport = 1\n\n[ plugins . "dns" ]\nmax = 1\n# end\n')).toEqual({ text: '[server]\nport = 1\n' });
  });

  it('removes dotted keys and an inline-table statement that are the table, line by line', () => {
    expect(remove('plugins.dns.max = 1 # zones\nplugins.vpn.x = 2\n')).toEqual({ text: 'plugins.vpn.x = 2\n' });
    expect(remove('[plugins]\ndns = { max = 1 }\nvpn = { x = 2 }\n')).toEqual({ text: '[plugins]\nvpn = { x = 2 }\n' });
  });

  it('says where the table sits when a line edit cannot take it out', () => {
    expect(remove('a = 1\nplugins = { dns = { max = 1 }, vpn = {} }\n')).toEqual({ unsafe: 'line 2 holds plugins.dns inside an inline table' });
  });

  it('changes nothing when there is no such table', () => {
    expect(remove('[plugins.dnsx]\nmax = 1\n')).toEqual({ text: '[plugins.dnsx]\nmax = 1\n' });
  });
});
