import { render, type ComponentChild } from 'preact';

/** Render one of our extension pages with its CSS (a <style> in our own page: extension pages allow it). */
export function mountPage(vnode: ComponentChild, css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  render(vnode, document.getElementById('app')!);
}
