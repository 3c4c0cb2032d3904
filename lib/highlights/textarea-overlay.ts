/**
 * Underlines for a <textarea>: a mirror of the textarea (same font, padding, wrapping, scroll) with transparent
 * text and styled runs, drawn in OUR shadow root right over the field, with pointer-events: none so every click
 * still reaches the textarea. It follows the textarea when the page or the textarea scrolls, when either resizes,
 * and when layout moves it (checked cheaply a few times a second).
 */
import { TextareaMirror, type MirrorRun } from '../editors/textarea-mirror';
import { windowOf } from '../editors/dom';

const LAYOUT_CHECK_MS = 300;

export class TextareaOverlay {
  private readonly mirror: TextareaMirror;
  private readonly detachers: Array<() => void> = [];
  private frame = 0;
  private lastGeometry = '';
  private text = '';
  private runs: MirrorRun[] = [];

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: Element | ShadowRoot,
  ) {
    this.mirror = new TextareaMirror(textarea, container, { visible: true });
    const schedule = () => this.scheduleSync();
    const fieldWindow = windowOf(textarea);
    const windows = new Set<Window>([window, fieldWindow]);
    for (const win of windows) {
      win.addEventListener('scroll', schedule, { capture: true, passive: true });
      win.addEventListener('resize', schedule, { passive: true });
      this.detachers.push(() => {
        win.removeEventListener('scroll', schedule, { capture: true });
        win.removeEventListener('resize', schedule);
      });
    }
    textarea.addEventListener('scroll', schedule, { passive: true });
    this.detachers.push(() => textarea.removeEventListener('scroll', schedule));
    const ResizeObserverOfField = fieldWindow.ResizeObserver ?? ResizeObserver;
    const resizeObserver = new ResizeObserverOfField(schedule);
    resizeObserver.observe(textarea);
    this.detachers.push(() => resizeObserver.disconnect());
    const timer = window.setInterval(() => {
      if (this.geometryKey() !== this.lastGeometry) this.scheduleSync();
    }, LAYOUT_CHECK_MS);
    this.detachers.push(() => window.clearInterval(timer));
  }

  /** Draw `runs` over `text` (the textarea's current value). */
  render(text: string, runs: MirrorRun[]): void {
    this.text = text;
    this.runs = runs;
    this.sync();
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    for (const detach of this.detachers.splice(0)) detach();
    this.mirror.destroy();
  }

  private scheduleSync(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.sync();
    });
  }

  private sync(): void {
    this.lastGeometry = this.geometryKey();
    if (!this.mirror.sync()) return;
    this.mirror.render(this.text, this.runs);
  }

  private geometryKey(): string {
    const textarea = this.textarea;
    if (!textarea.isConnected) return 'detached';
    const rect = textarea.getBoundingClientRect();
    return `${rect.left},${rect.top},${rect.width},${rect.height},${textarea.scrollLeft},${textarea.scrollTop}`;
  }
}
