import { useLayoutEffect } from 'preact/hooks';
import type { Theme } from '../../lib/settings';

/**
 * Colours the whole page (background included) by the theme setting: theme.css's `.tl-theme`
 * picks light or dark colours from data-theme, or follows the system.
 */
export function useDocumentTheme(theme: Theme): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add('tl-theme');
    root.setAttribute('data-theme', theme);
  }, [theme]);
}
