/**
 * "Check reflection structure": the selection is held in the background's memory only, handed over once, cut
 * to a bounded length, forgotten after a while, and the quick check is opened in the same click.
 */
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_MENU_ID,
  CONTEXT_MENU_TITLE,
  MAX_SELECTION_CHARS,
  PENDING_TTL_MS,
  startContextMenu,
  type ContextMenuApi,
} from '../../lib/background/context-menu';

function fakeApi() {
  const calls = { created: [] as unknown[], opened: [] as unknown[], announced: 0, removed: 0 };
  let installed: () => void = () => {};
  let startup: () => void = () => {};
  let clicked: (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number }) => void = () => {};
  let take: () => string | null = () => null;
  let now = 1_000;
  const api: ContextMenuApi = {
    createMenu: (item) => calls.created.push(item),
    removeAllMenus: async () => {
      calls.removed++;
    },
    onInstalled: (listener) => (installed = listener),
    onStartup: (listener) => (startup = listener),
    onMenuClicked: (listener) => (clicked = listener as typeof clicked),
    openQuickCheck: (tab) => calls.opened.push(tab),
    announce: () => calls.announced++,
    onTake: (handler) => (take = handler),
    now: () => now,
  };
  return {
    api,
    calls,
    install: () => installed(),
    startup: () => startup(),
    click: (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number }) => clicked(info, tab),
    take: () => take(),
    advance: (ms: number) => (now += ms),
  };
}

describe('context menu', () => {
  it('adds one item for selections on install', () => {
    const fake = fakeApi();
    startContextMenu(fake.api);
    fake.install();
    expect(fake.calls.created).toEqual([{ id: CONTEXT_MENU_ID, title: CONTEXT_MENU_TITLE, contexts: ['selection'] }]);
  });

  it('holds the selection in memory, opens the quick check, and hands the text over exactly once', () => {
    const fake = fakeApi();
    const menu = startContextMenu(fake.api);
    fake.click({ menuItemId: CONTEXT_MENU_ID, selectionText: 'I felt nervous before the group.' }, { id: 7 });
    expect(fake.calls.opened).toEqual([{ id: 7 }]);
    expect(fake.calls.announced).toBe(1);
    expect(menu.pendingForTest()).toBe('I felt nervous before the group.');
    expect(fake.take()).toBe('I felt nervous before the group.');
    expect(fake.take()).toBeNull();
    expect(menu.pendingForTest()).toBeNull();
  });

  it('ignores other menu items and empty selections', () => {
    const fake = fakeApi();
    startContextMenu(fake.api);
    fake.click({ menuItemId: 'someone-else', selectionText: 'text' });
    fake.click({ menuItemId: CONTEXT_MENU_ID, selectionText: '   ' });
    expect(fake.calls.opened).toEqual([]);
    expect(fake.take()).toBeNull();
  });

  it('forgets a selection nobody took, and cuts a runaway one', () => {
    const fake = fakeApi();
    startContextMenu(fake.api);
    fake.click({ menuItemId: CONTEXT_MENU_ID, selectionText: 'old words' });
    fake.advance(PENDING_TTL_MS + 1);
    expect(fake.take()).toBeNull();
    fake.click({ menuItemId: CONTEXT_MENU_ID, selectionText: 'a'.repeat(MAX_SELECTION_CHARS + 50) });
    expect(fake.take()?.length).toBe(MAX_SELECTION_CHARS);
  });
});
