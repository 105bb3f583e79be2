// The webview protocol: typed messages both sides import, and the guards for what webviews send.
export * from './messages';
export * from './guards';
