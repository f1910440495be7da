// Searches without accents in the Camunda Forms' searchable selects (Tasklist): form-js keeps the options
// whose label holds the typed text as typed, so "benin" finds nothing where the label is "Bénin (BJ)".
// The labels of a field are read from its list as form-js shows it (all of them while nothing is typed);
// when the typed text matches no label as typed but matches one without accents and case, it is replaced,
// before form-js reads it, by that label's own spelling ("benin" becomes "Bénin"), which form-js then finds.
// Imported by Tasklist's impexflow/webapp.js.

import { afterPageChanges } from '/js/page-changes.js';

/** Each character without its accents, in lower case: the same length as the text. */
function fold(text) {
  return Array.from(text, (c) => {
    const bare = c.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    return bare.length === 1 ? bare : c.toLowerCase();
  }).join('');
}

/** The labels seen in each field's list (the field's element as key). */
const labels = new WeakMap();

function remember() {
  document.querySelectorAll('.fjs-form .fjs-dropdownlist-item').forEach((item) => {
    const field = item.closest('.fjs-form-field');
    if (!field) {
      return;
    }
    if (!labels.has(field)) {
      labels.set(field, new Set());
    }
    labels.get(field).add(item.textContent.trim());
  });
}

/** The spelling of a label for what was typed, or null when the typed text needs none. */
export function spelling(typed, known) {
  const lower = typed.toLowerCase();
  const bare = fold(typed);
  if (!typed.trim() || known.some((label) => label.toLowerCase().includes(lower))) {
    return null;
  }
  for (const label of known) {
    const folded = fold(label);
    const at = folded.length === label.length ? folded.indexOf(bare) : -1;
    if (at >= 0 && bare.length === typed.length) {
      return Array.from(label).slice(at, at + typed.length).join('');
    }
  }
  return null;
}

document.addEventListener('input', (event) => {
  const input = event.target;
  const field = input instanceof HTMLInputElement && input.closest('.fjs-form .fjs-form-field');
  remember();
  const known = field && labels.get(field);
  if (!known) {
    return;
  }
  const better = spelling(input.value, Array.from(known));
  if (better && better !== input.value) {
    input.value = better;
  }
}, true);

afterPageChanges(remember);
