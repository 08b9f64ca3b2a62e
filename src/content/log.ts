const PREFIX = '[Bounce Lens]';

export function logError(where: string, err: unknown): void {
  try {
    console.error(PREFIX, where, err);
  } catch {
    // A page that replaced console must still never see our failure.
  }
}
