/**
 * <kiroku-drafts>: keeps what the user types into a form in this browser's localStorage, so that it survives a
 * dropped connection, an expired session, a closed tab or a crash of the server. The Java side
 * (app.kiroku.shared.ui.DraftKeeper) calls open(root, key, version) when the form shows a record: the draft kept
 * under that key is answered (as JSON, or '' when there is none), and from then on every input or change inside
 * root stores the values of its fields (elements whose id starts with "field-") under the key.
 *
 * Values are kept as the user sees them: text as typed, date and time pickers as their ISO value, combo boxes as
 * the label of the chosen item (a list of labels for a multi-select). The element is never shown.
 */

const PREFIX = 'kiroku.draft.';
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

type DraftValue = string | string[];

interface Draft {
  key: string;
  savedAt: number;
  version: number;
  values: Record<string, DraftValue>;
}

interface Labelled {
  label?: string;
}

function valueOf(field: HTMLElement): DraftValue | undefined {
  const element = field as HTMLElement & {
    value?: unknown;
    selectedItem?: Labelled | null;
    selectedItems?: Labelled[];
    inputElement?: HTMLInputElement;
  };
  const tag = field.localName;
  if (tag === 'vaadin-multi-select-combo-box') {
    return (element.selectedItems ?? []).map((item) => String(item.label ?? ''));
  }
  if (tag === 'vaadin-combo-box') {
    return element.selectedItem?.label ?? element.inputElement?.value ?? '';
  }
  return typeof element.value === 'string' ? element.value : undefined;
}

function read(key: string): Draft | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Draft) : null;
  } catch {
    return null;
  }
}

/** Drafts not touched for a month are dropped, so a shared tablet does not gather them for ever. */
function prune(now: number): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) {
      const draft = read(key);
      if (!draft || now - draft.savedAt > MAX_AGE_MS) {
        localStorage.removeItem(key);
      }
    }
  }
}

export class KirokuDraftsElement extends HTMLElement {
  private root?: HTMLElement;
  private key = '';
  private version = 0;
  private pending = false;
  private readonly listener = () => this.schedule();

  /** Starts keeping root's fields under key; answers the draft found there, as JSON, or ''. */
  open(root: HTMLElement, key: string, version: number): string {
    this.close();
    if (!key.startsWith(PREFIX)) {
      return '';
    }
    this.root = root;
    this.key = key;
    this.version = version;
    // capturing: a combo box's or picker's change does not always bubble out of the field
    root.addEventListener('input', this.listener, true);
    root.addEventListener('change', this.listener, true);
    try {
      prune(Date.now());
      return localStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  }

  /** The version a restored draft was typed over, so that saving it meets the same optimistic lock. */
  keepVersion(version: number): void {
    this.version = version;
  }

  private close(): void {
    this.root?.removeEventListener('input', this.listener, true);
    this.root?.removeEventListener('change', this.listener, true);
    this.root = undefined;
  }

  private schedule(): void {
    if (this.pending) {
      return;
    }
    this.pending = true;
    // a field updates its value in its own listener, after this capturing one
    setTimeout(() => {
      this.pending = false;
      this.store();
    });
  }

  private store(): void {
    if (!this.root || !this.key) {
      return;
    }
    const values: Record<string, DraftValue> = {};
    this.root.querySelectorAll<HTMLElement>('[id^="field-"]').forEach((field) => {
      const value = valueOf(field);
      if (value !== undefined) {
        values[field.id] = value;
      }
    });
    const draft: Draft = { key: this.key, savedAt: Date.now(), version: this.version, values };
    try {
      localStorage.setItem(this.key, JSON.stringify(draft));
    } catch {
      // storage full or refused (private mode): the form works on, only without a draft
    }
  }
}

customElements.define('kiroku-drafts', KirokuDraftsElement);

declare global {
  interface HTMLElementTagNameMap {
    'kiroku-drafts': KirokuDraftsElement;
  }
}
