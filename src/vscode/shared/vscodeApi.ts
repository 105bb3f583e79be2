// The VS Code API, imported once for the whole bundle: every adapter imports it from here, so that
// the bundle wraps the host's module once instead of once per file, which shortens loading.
export * as vscode from 'vscode';
