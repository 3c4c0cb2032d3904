import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/storage';

/** The settings, kept current while the page is open (the options page applies changes live). */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState<{ settings: Settings; loaded: boolean }>({
    settings: normalizeSettings(DEFAULT_SETTINGS),
    loaded: false,
  });
  useEffect(() => {
    let alive = true;
    void loadSettings().then((settings) => alive && setState({ settings, loaded: true }));
    const unwatch = watchSettings((settings) => setState({ settings, loaded: true }));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}
