import type { ComponentChildren } from 'preact';
import type { Theme } from './types';

/**
 * The element that carries the colour variables (see styles.ts). 'auto' follows the browser's
 * prefers-color-scheme; 'light' and 'dark' force one. Wrap any of our views in it (sidebar, launcher, popup).
 */
export function ThemeRoot({ theme = 'auto', children }: { theme?: Theme; children: ComponentChildren }) {
  return (
    <div class="rl-root" data-theme={theme}>
      {children}
    </div>
  );
}
