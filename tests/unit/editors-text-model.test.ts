/**
 * The contenteditable text model: how editor DOM reads as the text the engine analyses, and how offsets map
 * back to DOM positions. Runs on linkedom (a DOM in node, already installed with WXT); the real-browser side
 * (layout, selection, editors' own models) is covered by the E2E tests and a manual Playwright check.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextModel, positionAt, segmentsIn, type TextModelQuirks } from '../../lib/editors/text-model';
import { tinyMceQuirks } from '../../lib/editors/tinymce';
import { ckEditor5Quirks } from '../../lib/editors/ckeditor5';
import { quillQuirks } from '../../lib/editors/quill';
import { proseMirrorQuirks } from '../../lib/editors/prosemirror';

function modelOf(html: string, quirks?: TextModelQuirks) {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root') as unknown as Element;
  return { root, model: buildTextModel(root, quirks) };
}

describe('text model of a contenteditable field', () => {
  it('makes paragraphs of <p> and lines of <br>, without leading or trailing breaks', () => {
    const { model } = modelOf('<p>We met at the café.</p><p>I listened first.<br>Then I asked.</p>');
    expect(model.text).toBe('We met at the café.\n\nI listened first.\nThen I asked.');
  });

  it('collapses source whitespace the way the page shows it, and reads no-break spaces as spaces', () => {
    const { model } = modelOf('\n  <p>  I   felt\n   <b>nervous</b>&nbsp;at first.  </p>\n  <p>Later it eased.</p>\n');
    expect(model.text).toBe('I felt nervous at first.\n\nLater it eased.');
  });

  it('keeps an empty line the writer made with Enter in a div-based field', () => {
    const { model } = modelOf('<div>First line</div><div><br></div><div>After a blank line</div>');
    expect(model.text).toBe('First line\n\nAfter a blank line');
  });

  it('drops invisible caret characters but maps the visible ones back to their text node', () => {
    const { root, model } = modelOf('<p>I\u2060\u2060 learned a lot\uFEFF.</p>');
    expect(model.text).toBe('I learned a lot.');
    const at = model.text.indexOf('learned');
    const position = positionAt(model, root, at, 'forward');
    expect((position.node as Text).data.slice(position.offset, position.offset + 7)).toBe('learned');
  });

  it('maps offsets across inline formatting and synthetic breaks to the nearest real text', () => {
    const { root, model } = modelOf('<p>It was <em>decided</em> by staff.</p><p>Next time I will ask.</p>');
    const start = model.text.indexOf('decided');
    const from = positionAt(model, root, start, 'forward');
    const to = positionAt(model, root, start + 'decided'.length, 'backward');
    expect(from.node).toBe(to.node);
    expect((from.node as Text).data.slice(from.offset, to.offset)).toBe('decided');
    // An offset on the paragraph break: forward goes to the next paragraph's text, backward to the end of this one.
    const onBreak = model.text.indexOf('\n');
    expect((positionAt(model, root, onBreak, 'forward').node as Text).data).toBe('Next time I will ask.');
    const back = positionAt(model, root, onBreak + 1, 'backward');
    expect((back.node as Text).data.slice(0, back.offset)).toBe(' by staff.');
  });

  it('cuts per-text-node segments for a span that crosses formatting', () => {
    const { model } = modelOf('<p>The rules were <strong>explained</strong> to him.</p>');
    const start = model.text.indexOf('were explained');
    const parts = segmentsIn(model, start, start + 'were explained'.length).map((seg) => seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.length));
    expect(parts).toEqual(['were ', 'explained']);
  });
});

describe('editor quirks', () => {
  it('TinyMCE: bogus elements are UI, a bogus <br> only holds an empty paragraph open', () => {
    const { model } = modelOf(
      '<p>What happened.</p><p><br data-mce-bogus="1"></p><p>What I learned.<span data-mce-bogus="all">x</span></p>',
      tinyMceQuirks,
    );
    expect(model.text).toBe('What happened.\n\n\n\nWhat I learned.');
  });

  it('CKEditor 5: the filler <br> and widget UI add nothing', () => {
    const { model } = modelOf(
      '<p>One.</p><p><br data-cke-filler="true"></p><p>Two.</p><div class="ck-fake-selection-container">selected</div>',
      ckEditor5Quirks,
    );
    expect(model.text).toBe('One.\n\n\n\nTwo.');
  });

  it('Quill: one <p> per line, so a blank line between lines makes a paragraph break', () => {
    const { model } = modelOf('<p>Line one.</p><p>Line two.</p><p><br></p><p>New paragraph.</p>', quillQuirks);
    expect(model.text).toBe('Line one.\nLine two.\n\nNew paragraph.');
  });

  it('ProseMirror: a trailing break after a hard break keeps that line, widgets are skipped', () => {
    const { model } = modelOf(
      '<p>I paused.<br><br class="ProseMirror-trailingBreak"></p><p>Then<span class="ProseMirror-widget">caret</span> I spoke.</p>',
      proseMirrorQuirks,
    );
    expect(model.text).toBe('I paused.\n\n\nThen I spoke.');
  });
});
