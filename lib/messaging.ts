/**
 * Messages between the content script, extension pages and the background, where the one analysis engine per
 * browser lives. Typed with @webext-core/messaging. Text crosses only this in-browser channel, never the network.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalyzeOptions, Report } from './analysis';

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
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
