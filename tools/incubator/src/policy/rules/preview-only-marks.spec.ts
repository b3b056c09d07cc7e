import { describe, expect, it } from 'vitest';
import { blankPreviewOnlyPassages, dropPreviewOnlyPassages, readPreviewOnlyMarks } from './preview-only-marks.js';

const START = '<!-- preview-only -->';
const END = '<!-- /preview-only -->';

describe('readPreviewOnlyMarks', () => {
  it('pairs each start mark with the next end mark', () => {
    const lines = ['# x', START, 'a', END, 'b', `  ${START}`, 'c', `${END}  `];
    expect(readPreviewOnlyMarks(lines)).toEqual({ passages: [{ start: 1, end: 3 }, { start: 5, end: 7 }], problems: [] });
  });

  it('names the line and the fix of an unclosed, an unopened, a nested and a misplaced mark', () => {
    const problems = readPreviewOnlyMarks([END, START, START, 'text <!-- /preview-only -->', '<!--preview-only-->']).problems;
    expect(problems.map(({ line, message }) => [line, message])).toEqual([
      [1, 'closes a preview-only passage that was never opened'],
      [3, 'opens a preview-only passage inside the one opened at line 2 (passages do not nest)'],
      [4, 'has a preview-only mark that is not alone on its line, or not spelled exactly'],
      [5, 'has a preview-only mark that is not alone on its line, or not spelled exactly'],
      [2, 'opens a preview-only passage that is never closed, so promote could not tell where it ends'],
    ]);
    expect(problems[4]?.fix).toBe(`add a "${END}" line after the passage's last line`);
  });

  it('reads marks in fenced code and inline code as text', () => {
    const lines = ['```md', START, '```', `Wrap them in \`${START}\` lines.`];
    expect(readPreviewOnlyMarks(lines)).toEqual({ passages: [], problems: [] });
  });
});

describe('dropPreviewOnlyPassages', () => {
  it('drops each passage with its marks and one of the blank lines around it', () => {
    const text = ['# x', '', START, 'preview only', '', 'still', END, '', 'kept', '', START, 'last', END, ''].join('\n');
    expect(dropPreviewOnlyPassages(text)).toBe('# x\n\nkept\n');
  });

  it('keeps the lines around a passage that sits inside a paragraph', () => {
    expect(dropPreviewOnlyPassages(`a\n${START}\nb\n${END}\nc\n`)).toBe('a\nc\n');
  });

  it('drops a passage at the very start', () => {
    expect(dropPreviewOnlyPassages(`${START}\nb\n${END}\n\nc\n`)).toBe('c\n');
  });

  it('leaves text with unbalanced marks unchanged', () => {
    expect(dropPreviewOnlyPassages(`a\n${START}\nb\n`)).toBe(`a\n${START}\nb\n`);
  });
});

describe('blankPreviewOnlyPassages', () => {
  it('blanks the passages, keeping the line count', () => {
    expect(blankPreviewOnlyPassages(['a', START, 'b', END, 'c'])).toEqual(['a', '', '', '', 'c']);
  });
});
