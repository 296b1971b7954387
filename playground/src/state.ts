/**
 * The playground's whole state (text and options), kept in the URL fragment so that a link reproduces it, and
 * the command line that does the same thing. Pure functions: tested under Node.
 */
export interface PlaygroundState {
  text: string;
  unsafe: boolean;
  merge: 'manager' | 'all';
  allStages: boolean;
  /** Transform ids switched off (`--disable`). */
  disable: string[];
}

export function defaultState(text: string): PlaygroundState {
  return { text, unsafe: false, merge: 'manager', allStages: false, disable: [] };
}

/** Keys spelt as the CLI's flags; the text as base64url of its UTF-8 bytes (exact: CRLF, tabs, a BOM survive). */
export function encodeState(state: PlaygroundState): string {
  const params = new URLSearchParams();
  if (state.unsafe) params.set('unsafe', '1');
  if (state.merge !== 'manager') params.set('merge', state.merge);
  if (state.allStages) params.set('all-stages', '1');
  if (state.disable.length) params.set('disable', state.disable.join(','));
  params.set('text', toBase64Url(state.text));
  return params.toString();
}

/** Reads a fragment written by encodeState (with or without its `#`); what is missing or unreadable is default. */
export function decodeState(fragment: string, fallback: PlaygroundState): PlaygroundState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  let text = fallback.text;
  const encoded = params.get('text');
  if (encoded !== null) {
    try {
      text = fromBase64Url(encoded);
    } catch {
      // a truncated or hand-edited link: keep the example rather than show nothing
    }
  }
  return {
    text,
    unsafe: params.get('unsafe') === '1',
    merge: params.get('merge') === 'all' ? 'all' : 'manager',
    allStages: params.get('all-stages') === '1',
    disable: (params.get('disable') ?? '').split(',').filter(Boolean),
  };
}

/** The `dockerfile-squash` invocation with the same options, for a file called Dockerfile. */
export function commandLine(state: PlaygroundState): string {
  const args = ['npx', 'dockerfile-squash'];
  if (state.unsafe) args.push('--unsafe');
  if (state.merge !== 'manager') args.push('--merge', state.merge);
  if (state.allStages) args.push('--all-stages');
  if (state.disable.length) args.push('--disable', state.disable.join(','));
  args.push('Dockerfile');
  return args.join(' ');
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
