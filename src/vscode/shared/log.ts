import { vscode } from './vscodeApi';

/** What the adapters write to the log. */
export type Log = Pick<vscode.LogOutputChannel, 'warn' | 'error'>;

/**
 * The extension's log channel, created on the first message: activation creates nothing it may not
 * need, and the Output view lists the channel once there is something in it.
 */
export class LazyLog implements Log, vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;

  constructor(private readonly name: string) {}

  warn(message: string, ...args: unknown[]): void {
    this.open().warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.open().error(error, ...args);
  }

  dispose(): void {
    this.channel?.dispose();
  }

  private open(): vscode.LogOutputChannel {
    return (this.channel ??= vscode.window.createOutputChannel(this.name, { log: true }));
  }
}
