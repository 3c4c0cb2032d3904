export * from './settings';
export { loadSettings, saveSettings, SETTINGS_KEY, watchSettings } from './storage';
