/** Reading Google Docs documents (their text is drawn on a canvas, so it is read from Google's own views of it). */
export * from './url';
export * from './text';
export * from './failures';
export * from './read';
export * from './refresh';
