/**
 * Messages between the content script, extension pages and the background, where the one analysis engine per
 * browser lives. Typed with @webext-core/messaging. Text crosses only this in-browser channel, never the network.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalyzeOptions, Report } from './analysis';
import type { DocsExportReply } from './docs/read';

export interface AnalyzeRequest {
  /** Stable id of the field within this tab (the background keeps one incremental analyzer per field). */
  fieldId: string;
  /** Increases with each request for a field; a reply for an older seq is dropped by the sender. */
  seq: number;
  text: string;
  options?: AnalyzeOptions;
}

export interface AnalyzeResponse {
  fieldId: string;
  seq: number;
  report: Report;
}

interface ProtocolMap {
  analyze(request: AnalyzeRequest): AnalyzeResponse;
  /** The field is gone: drop its analyzer. */
  release(fieldId: string): void;
  /** Google Docs: fetch a document's plain-text export for the tab showing it (lib/background/docs-fetch.ts). */
  docsExport(request: DocsExportRequest): DocsExportReply;
  /** Google Docs: the document can't be read, so open the quick check (the popup) for pasted text. */
  openQuickCheck(): void;
  /**
   * Context menu → quick check (lib/background/context-menu.ts): the selection the background holds in memory
   * (never in storage), handed over once to the side panel or quick-check window, then forgotten.
   */
  takeQuickCheckText(): string | null;
  /** Background → open extension pages: a selection is waiting; an open side panel takes it. */
  quickCheckTextReady(): void;
}

export interface DocsExportRequest {
  /** "/document/d/<id>" or "/document/u/<n>/d/<id>", as lib/docs/url.ts parses it; checked again in the background. */
  basePath: string;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
