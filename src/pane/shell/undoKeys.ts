// Ctrl+Z / Ctrl+Y (Cmd+Z / Cmd+Shift+Z / Cmd+Y on a Mac) undo and redo cuts while the focus is in
// the pane — except in a text field, where the browser's own undo of the typing belongs.
export type UndoKey = 'undo' | 'redo';

const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'submit',
  'reset',
  'image',
]);

function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea') return true;
  return tag === 'input' && !NOT_TEXT.has(((element as HTMLInputElement).type || 'text').toLowerCase());
}

/** Which of undo/redo a key press asks for, or null. Either Ctrl or Cmd counts, on every platform. */
export function undoKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}): UndoKey | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
