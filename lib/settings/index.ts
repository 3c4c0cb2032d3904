export * from './settings';
export { loadSettings, saveSettings, settingsItem, watchSettings } from './storage';
