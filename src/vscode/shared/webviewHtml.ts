import { vscode } from './vscodeApi';

/** A random nonce for the CSP: the one script tag may run, nothing inline. */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}

/** Webview options: scripts on, resources only from media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

/** The HTML shell every webview uses: a strict CSP, one stylesheet, one nonce'd script. */
export function pageHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  app: 'quiz' | 'concept' | 'readiness',
  title: string,
  body: string,
): string {
  const n = nonce();
  const media = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', ...p));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('dist', 'webview.css').toString()}">
<title>${title}</title>
</head>
<body class="app-${app}">
${body}
<script nonce="${n}" src="${media('dist', `${app}.js`).toString()}"></script>
</body>
</html>`;
}

/**
 * Data for the page script in the first HTML: a JSON block the browser never runs (so the CSP stays
 * as strict), with every "<" escaped so that nothing in the data can close the element.
 */
export function dataBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>`;
}
