/**
 * The link between the side panel (an extension page) and a tab's content script: the panel opens a port to the
 * tab with `tabs.connect`, every responsible frame of the tab answers on it with the state of its current field
 * (or null), and sends it again after each change for as long as the panel stays open. Closing the panel closes
 * the port, and the content script stops sending. Text crosses only this in-browser port, never storage or the
 * network.
 *
 * Types and constants only: the content script imports this, and must stay small.
 */
import type { Finding, Report } from '../analysis/types';

export const PANEL_PORT_NAME = 'reflect-lens-panel';

/** What one frame knows about the field the trainee is writing in. */
export interface PanelFieldState {
  /** 'field' is a text box or rich editor on the page; 'docs' a Google Docs document (no Apply there). */
  kind: 'field' | 'docs';
  text: string;
  report: Report | null;
  status: 'idle' | 'analysing' | 'ready' | 'error';
  error?: string;
  notice?: string;
  /** The settings' framework id as used in the tab (the panel draws the same model). */
  framework: string;
  /** Apply and select work through the tab's editor (false for canvas editors such as Docs). */
  canApply: boolean;
  canSelect: boolean;
  /** When this frame last gained a field (ms since epoch): with several frames, the latest one is current. */
  focusedAt: number;
}

/** Tab → panel. `source` tells frames apart (several frames answer on one port). */
export interface PanelStateMessage {
  type: 'state';
  source: string;
  state: PanelFieldState | null;
}

/** Panel → tab: act on a finding in the field of frame `source` (the others ignore it). */
export interface PanelActionMessage {
  type: 'select' | 'apply' | 'refresh';
  source: string;
  finding?: Finding;
}

/** What a content script hands to the panel link (the page's field controller, or a Docs session). */
export interface PanelSource {
  /** The current field's state, or null when there is no field (or the site is switched off). */
  panelState(): PanelFieldState | null;
  /** Call `listener` after each change worth showing; returns an unsubscribe function. */
  onPanelChange(listener: () => void): () => void;
  /** The finding is a copy sent over the port: match it by rule and span. */
  panelSelect?(finding: Finding): void;
  panelApply?(finding: Finding): void;
  panelRefresh?(): void;
}

export function isPanelActionMessage(value: unknown): value is PanelActionMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  return (
    (message.type === 'select' || message.type === 'apply' || message.type === 'refresh') &&
    typeof message.source === 'string'
  );
}

export function isPanelStateMessage(value: unknown): value is PanelStateMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  return message.type === 'state' && typeof message.source === 'string' && 'state' in message;
}
